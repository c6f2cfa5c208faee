"""The GraphQL every feature shares: the account fragment, typed errors and the session's tokens.

Each feature keeps its own documents in `features/<feature>/operations.py`; field names follow
docs/api/users.graphql.
"""

SUBGRAPH = "users"

USER_FIELDS = """
fragment UserFields on User {
  id name email phone roles isActive erasedAt
  profile {
    businessName gstin stateCode stateName preferredLanguage
    address { line1 line2 city district pinCode stateCode }
    defaultLocation { city latitude longitude timezone place { id nameTe } }
  }
}
"""

# The typed errors every subgraph answers with; the users service adds the exact rule broken (reason).
ERROR_FIELDS = "errors { code field message }"
USERS_ERROR_FIELDS = "errors { code field message reason }"
TOKEN_FIELDS = "tokens { accessToken refreshToken expiresIn tokenType }"  # noqa: S105 (a selection)

REFRESH_TOKEN = (
    "mutation RefreshToken($refreshToken: String!) {"
    " refreshToken(refreshToken: $refreshToken) {"
    f" user {{ ...UserFields }} {TOKEN_FIELDS} {USERS_ERROR_FIELDS} }} }}" + USER_FIELDS
)

LOGOUT = (
    "mutation Logout($refreshToken: String!) {"
    f" logout(refreshToken: $refreshToken) {{ ok {USERS_ERROR_FIELDS} }} }}"
)
