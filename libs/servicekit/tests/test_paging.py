"""One page check for every service: 1 to 100 items from an offset of 0 to 10,000."""

from __future__ import annotations

import pytest
from servicekit.paging import InvalidPage, Page, checked_page


@pytest.mark.parametrize(
    ("first", "offset", "field"),
    [(0, 0, "first"), (101, 0, "first"), (-5, 0, "first"), (10, -1, "offset"), (10, 10_001, "offset")],
)
def test_a_page_outside_the_bounds_is_invalid_page_size_naming_its_field(
    first: int, offset: int, field: str
) -> None:
    with pytest.raises(InvalidPage) as refused:
        checked_page(first, offset)
    assert (refused.value.code, refused.value.field) == ("INVALID_PAGE_SIZE", field)


def test_pages_within_the_bounds_are_kept() -> None:
    assert checked_page(1) == Page(1, 0)
    assert checked_page(100, 10_000) == Page(100, 10_000)
