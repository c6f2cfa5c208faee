"""Identity and access: roles, the caller, token verification and policy checks."""

from servicekit.auth.caller import ANONYMOUS, Caller
from servicekit.auth.policy import require_authenticated, require_roles
from servicekit.auth.roles import ROLES_CLAIM, Role
from servicekit.auth.tokens import Claims, InvalidToken, TokenVerifier

__all__ = [
    "ANONYMOUS",
    "ROLES_CLAIM",
    "Caller",
    "Claims",
    "InvalidToken",
    "Role",
    "TokenVerifier",
    "require_authenticated",
    "require_roles",
]
