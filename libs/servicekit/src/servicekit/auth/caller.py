"""Who is calling: the verified subject of the access token, or nobody."""

from __future__ import annotations

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
        return self.user_id is not None and self.user_id == user_id


ANONYMOUS = Caller(user_id=None)
