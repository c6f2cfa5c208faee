"""Offset pages, bounded the same way in every service: 1 to 100 items, from an offset up to 10,000.

A page beyond the cap would make one request cost what the cap is there to prevent; an offset past
10,000 makes PostgreSQL walk and throw away that many rows (deeper lists page by cursor), and a
negative one is a client's mistake, not the first page. Every service's error codes have
INVALID_PAGE_SIZE, so the refusal maps into each of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from servicekit.errors import DomainError

MAX_PAGE = 100
MAX_OFFSET = 10_000


class InvalidPage(DomainError):
    code = "INVALID_PAGE_SIZE"


@dataclass(frozen=True)
class Page:
    first: int
    offset: int


def checked_page(first: int, offset: int = 0) -> Page:
    """The page asked for, or InvalidPage naming `first` or `offset`."""
    if not 1 <= first <= MAX_PAGE:
        raise InvalidPage(f"Ask for 1 to {MAX_PAGE} at a time.", field="first")
    if not 0 <= offset <= MAX_OFFSET:
        raise InvalidPage(f"Start from 0 to {MAX_OFFSET:,}.", field="offset")
    return Page(first, offset)
