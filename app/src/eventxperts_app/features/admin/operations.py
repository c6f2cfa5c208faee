"""The super admin's GraphQL documents: the users list and changes to one account."""

from eventxperts_app.api.operations import USER_FIELDS, USERS_ERROR_FIELDS

SUBGRAPH = "users"

USERS = (
    "query Users($search: String, $role: Role, $includeInactive: Boolean!, $first: Int!, $after: String) {"
    " users(search: $search, role: $role, includeInactive: $includeInactive, first: $first, after: $after) {"
    " items { ...UserFields } total nextCursor } }" + USER_FIELDS
)

# A super admin's change to one account answers the account as it is now, or typed errors.
ADMIN_CHANGE_RESULT = f"{{ user {{ ...UserFields }} {USERS_ERROR_FIELDS} }} }}" + USER_FIELDS

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
