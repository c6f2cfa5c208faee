"""Small checks a service's policy module builds on."""

from __future__ import annotations

from servicekit.auth.caller import Caller
from servicekit.auth.roles import Role
from servicekit.errors import Forbidden, NotAuthenticated


def require_authenticated(caller: Caller) -> str:
    """The caller's user id, or NotAuthenticated."""
    if caller.user_id is None:
        raise NotAuthenticated("Sign in to do this.")
    return caller.user_id


def require_roles(caller: Caller, *roles: Role) -> str:
    """The caller's user id when they hold at least one of `roles`; else NotAuthenticated/Forbidden."""
    user_id = require_authenticated(caller)
    if not any(caller.has(role) for role in roles):
        raise Forbidden("You do not have permission to do this.")
    return user_id
