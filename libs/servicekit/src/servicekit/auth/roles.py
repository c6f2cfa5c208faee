"""The four roles of ARCHITECTURE.md section 4."""

from __future__ import annotations

from enum import StrEnum

ROLES_CLAIM = "https://eventxperts.app/roles"


class Role(StrEnum):
    USER = "user"
    ORGANIZER = "organizer"
    STORE_OWNER = "store_owner"
    SUPER_ADMIN = "super_admin"

    @classmethod
    def parse_many(cls, values: object) -> frozenset[Role]:
        """Roles from a token claim; unknown names are ignored rather than trusted."""
        if not isinstance(values, list | tuple):
            return frozenset()
        known = {role.value: role for role in cls}
        return frozenset(known[v] for v in values if isinstance(v, str) and v in known)
