"""Where a super admin is in the paged list of users (pure).

The users service pages forward only (`after` = the cursor of the page before), so going back means
remembering where each page visited started: its cursor and how many people came before it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from eventxperts_app.features.admin.models import UserFilter, UserPage

PAGE_SIZE = 20


@dataclass(frozen=True)
class PageStart:
    after: str | None
    offset: int


FIRST_PAGE = PageStart(after=None, offset=0)


@dataclass(frozen=True)
class ShownRange:
    """People `first`..`last` (1-based) of `total` are on screen; `last < first` when none are."""

    first: int
    last: int
    total: int


@dataclass(frozen=True)
class UsersPaging:
    criteria: UserFilter
    starts: tuple[PageStart, ...] = (FIRST_PAGE,)

    @property
    def after(self) -> str | None:
        """The cursor to ask the current page with."""
        return self.starts[-1].after

    @property
    def has_previous(self) -> bool:
        return len(self.starts) > 1

    def next(self, shown: UserPage) -> UsersPaging | None:
        """The page after `shown` (the current page), if the service says there is one."""
        if shown.next_cursor is None:
            return None
        start = PageStart(after=shown.next_cursor, offset=self.starts[-1].offset + len(shown.items))
        return replace(self, starts=(*self.starts, start))

    def previous(self) -> UsersPaging | None:
        return replace(self, starts=self.starts[:-1]) if self.has_previous else None

    def shown(self, page: UserPage) -> ShownRange:
        offset = self.starts[-1].offset
        return ShownRange(first=offset + 1, last=offset + len(page.items), total=page.total)
