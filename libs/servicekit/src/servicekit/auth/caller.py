"""Who is calling: the verified subject of the access token, or nobody."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from servicekit.auth.roles import Role


@dataclass(frozen=True)
class Caller:
    user_id: str | None
    roles: frozenset[Role] = field(default_factory=frozenset)

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None

    def has(self, role: Role) -> bool:
        return role in self.roles

    def is_self(self, user_id: str) -> bool:
        """Ids are compared as UUIDs where they are ones: `ABC...`, `{abc...}` and `abc...` name the
        same account, so no spelling of one's own id passes for someone else's."""
        if self.user_id is None:
            return False
        try:
            return uuid.UUID(self.user_id) == uuid.UUID(user_id)
        except ValueError:
            return self.user_id == user_id


ANONYMOUS = Caller(user_id=None)
