"""Where a list paged forward by cursors is (pure): each page visited, with its cursor and how many
rows came before it, so that *Previous* can go back and "Showing 21–40 of 53" can be counted.

The calendar's bookings list uses it; the users panel keeps its own (features/admin/users_paging.py)
until it moves here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageStart:
    after: str | None
    offset: int


FIRST_PAGE = PageStart(after=None, offset=0)


@dataclass(frozen=True)
class PageTrail:
    starts: tuple[PageStart, ...] = (FIRST_PAGE,)

    @property
    def after(self) -> str | None:
        """The cursor to ask the current page with."""
        return self.starts[-1].after

    @property
    def offset(self) -> int:
        return self.starts[-1].offset

    @property
    def has_previous(self) -> bool:
        return len(self.starts) > 1

    def next(self, next_cursor: str | None, shown: int) -> PageTrail | None:
        """The page after the current one (which shows `shown` rows), if the service gave a cursor."""
        if next_cursor is None:
            return None
        return PageTrail((*self.starts, PageStart(after=next_cursor, offset=self.offset + shown)))

    def previous(self) -> PageTrail | None:
        return PageTrail(self.starts[:-1]) if self.has_previous else None
