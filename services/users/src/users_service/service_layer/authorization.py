"""Who may do what: the one place the users service decides access (tested as a matrix)."""

from __future__ import annotations

from enum import StrEnum

from servicekit.auth import Caller
from servicekit.auth.policy import require_authenticated, require_roles
from servicekit.errors import Forbidden

from users_service.domain.roles import Role


class Operation(StrEnum):
    READ_USER = "read_user"
    UPDATE_PROFILE = "update_profile"
    CHANGE_PASSWORD = "change_password"  # noqa: S105 (an operation name)
    LIST_USERS = "list_users"
    GRANT_ROLE = "grant_role"
    REVOKE_ROLE = "revoke_role"
    DEACTIVATE_USER = "deactivate_user"
    REACTIVATE_USER = "reactivate_user"
    ERASE_OWN_ACCOUNT = "erase_own_account"
    ERASE_USER = "erase_user"


# Operations a person may do on their own account; anything else needs super_admin.
_OWN_ACCOUNT = frozenset(
    {Operation.READ_USER, Operation.UPDATE_PROFILE, Operation.CHANGE_PASSWORD, Operation.ERASE_OWN_ACCOUNT}
)
# Only these are open to super_admin on other people's accounts; passwords and profiles are not.
_ADMIN = frozenset(
    {
        Operation.READ_USER,
        Operation.LIST_USERS,
        Operation.GRANT_ROLE,
        Operation.REVOKE_ROLE,
        Operation.DEACTIVATE_USER,
        Operation.REACTIVATE_USER,
        Operation.ERASE_USER,
    }
)
# An administrator must not lock themselves out (or back in): another super_admin does these to them.
_NOT_ON_ONESELF = frozenset(
    {Operation.DEACTIVATE_USER, Operation.REACTIVATE_USER, Operation.REVOKE_ROLE, Operation.ERASE_USER}
)


def authorize(caller: Caller, operation: Operation, *, target_user_id: str | None = None) -> str:
    """Return the caller's id when allowed; raise NotAuthenticated or Forbidden otherwise."""
    caller_id = require_authenticated(caller)
    own = target_user_id is not None and caller.is_self(target_user_id)
    if own and operation in _OWN_ACCOUNT:
        return caller_id
    if operation in _ADMIN and not (own and operation in _NOT_ON_ONESELF):
        return require_roles(caller, Role.SUPER_ADMIN)
    raise Forbidden("You do not have permission to do this.")
