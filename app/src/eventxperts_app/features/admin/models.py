"""What a super admin asks the users list for, and a page of its answer."""

from __future__ import annotations

from dataclasses import dataclass

from eventxperts_app.api.models import Role, User


@dataclass(frozen=True)
class UserFilter:
    """Which people a super admin lists: text in name or email, a role, and deactivated or not."""

    search: str | None = None
    role: Role | None = None
    include_inactive: bool = True


@dataclass(frozen=True)
class UserPage:
    items: tuple[User, ...]
    total: int
    next_cursor: str | None = None
