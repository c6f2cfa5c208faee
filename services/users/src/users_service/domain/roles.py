"""Which roles a person may take for themselves, and which only an administrator may give."""

from __future__ import annotations

from servicekit.auth.roles import Role

from users_service.domain.errors import UsersError, UsersErrorCode

__all__ = ["SELF_ASSIGNABLE_ROLES", "Role", "parse_role", "roles_after_revoke", "roles_at_registration"]


SELF_ASSIGNABLE_ROLES = frozenset({Role.USER, Role.ORGANIZER, Role.STORE_OWNER})


def parse_role(raw: str, *, field: str = "role") -> Role:
    try:
        return Role(raw.strip().lower())
    except ValueError:
        raise UsersError(UsersErrorCode.INVALID_ROLE, f"Unknown role {raw!r}.", field) from None


def roles_at_registration(chosen: Role, *, field: str = "role") -> frozenset[Role]:
    """Everyone is a user; a registrant may add organizer or store_owner, never super_admin."""
    if chosen not in SELF_ASSIGNABLE_ROLES:
        raise UsersError(
            UsersErrorCode.INVALID_ROLE,
            "super_admin cannot be chosen at registration; an administrator grants it.",
            field,
        )
    return frozenset({Role.USER, chosen})


def roles_after_revoke(current: frozenset[Role], role: Role, *, field: str = "role") -> frozenset[Role]:
    """Revoking keeps the base USER role: an account without it could not sign in to anything."""
    if role is Role.USER:
        raise UsersError(
            UsersErrorCode.INVALID_ROLE, "The user role is the base role; deactivate instead.", field
        )
    return current - {role}
