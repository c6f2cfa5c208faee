"""Every GraphQL document the app sends; field names follow docs/api/users.graphql."""

USER_FIELDS = """
fragment UserFields on User {
  id name email phone roles isActive erasedAt
  profile {
    businessName gstin stateCode stateName preferredLanguage
    address { line1 line2 city district pinCode stateCode }
    defaultLocation { city latitude longitude timezone }
  }
}
"""

ERROR_FIELDS = "errors { code field message }"
TOKEN_FIELDS = "tokens { accessToken refreshToken expiresIn tokenType }"  # noqa: S105 (a selection)

REGISTER = (
    "mutation Register($input: RegisterInput!) {"
    f" register(input: $input) {{ user {{ ...UserFields }} {TOKEN_FIELDS} {ERROR_FIELDS} }} }}" + USER_FIELDS
)

LOGIN = (
    "mutation Login($input: LoginInput!) {"
    f" login(input: $input) {{ user {{ ...UserFields }} {TOKEN_FIELDS} {ERROR_FIELDS} }} }}" + USER_FIELDS
)

REFRESH_TOKEN = (
    "mutation RefreshToken($refreshToken: String!) {"
    " refreshToken(refreshToken: $refreshToken) {"
    f" user {{ ...UserFields }} {TOKEN_FIELDS} {ERROR_FIELDS} }} }}" + USER_FIELDS
)

LOGOUT = (
    "mutation Logout($refreshToken: String!) {"
    f" logout(refreshToken: $refreshToken) {{ ok {ERROR_FIELDS} }} }}"
)

ERASE_MY_ACCOUNT = (
    "mutation EraseMyAccount($password: String!) {"
    f" eraseMyAccount(password: $password) {{ ok {ERROR_FIELDS} }} }}"
)

ME = "query Me { me { ...UserFields } }" + USER_FIELDS

STATES = "query States { states { code name nameTe } }"

UPDATE_PROFILE = (
    "mutation UpdateProfile($input: ProfileInput!) {"
    f" updateProfile(input: $input) {{ user {{ ...UserFields }} {ERROR_FIELDS} }} }}" + USER_FIELDS
)

USERS = (
    "query Users($search: String, $role: Role, $includeInactive: Boolean!, $first: Int!, $after: String) {"
    " users(search: $search, role: $role, includeInactive: $includeInactive, first: $first, after: $after) {"
    " items { ...UserFields } total nextCursor } }" + USER_FIELDS
)

# A super admin's change to one account answers the account as it is now, or typed errors.
ADMIN_CHANGE_RESULT = f"{{ user {{ ...UserFields }} {ERROR_FIELDS} }} }}" + USER_FIELDS

GRANT_ROLE = (
    "mutation GrantRole($userId: ID!, $role: Role!) { grantRole(userId: $userId, role: $role) "
    + ADMIN_CHANGE_RESULT
)

REVOKE_ROLE = (
    "mutation RevokeRole($userId: ID!, $role: Role!) { revokeRole(userId: $userId, role: $role) "
    + ADMIN_CHANGE_RESULT
)

DEACTIVATE_USER = (
    "mutation DeactivateUser($userId: ID!) { deactivateUser(userId: $userId) " + ADMIN_CHANGE_RESULT
)

REACTIVATE_USER = (
    "mutation ReactivateUser($userId: ID!) { reactivateUser(userId: $userId) " + ADMIN_CHANGE_RESULT
)

ERASE_USER = "mutation EraseUser($userId: ID!) { eraseUser(userId: $userId) " + ADMIN_CHANGE_RESULT
