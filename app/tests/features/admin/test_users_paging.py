"""Paging forward by cursor and back by the trail of pages visited, counting who is shown."""

from __future__ import annotations

from eventxperts_app.api.models import Role
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.admin.models import UserFilter, UserPage
from eventxperts_app.features.admin.users_paging import UsersPaging

from ...payloads import user_json

CRITERIA = UserFilter(search="tent", role=Role.ORGANIZER, include_inactive=False)


def page_of(count: int, *, total: int, next_cursor: str | None) -> UserPage:
    users = tuple(parse_user(user_json(id=f"u-{n}")) for n in range(count))
    return UserPage(items=users, total=total, next_cursor=next_cursor)


def test_the_first_page_is_asked_without_a_cursor_and_has_nothing_before_it() -> None:
    paging = UsersPaging(CRITERIA)
    assert (paging.after, paging.has_previous, paging.previous()) == (None, False, None)


def test_next_asks_with_the_cursor_of_the_page_shown_and_keeps_the_filter() -> None:
    second = UsersPaging(CRITERIA).next(page_of(20, total=45, next_cursor="c-20"))
    assert second is not None
    assert (second.after, second.criteria, second.has_previous) == ("c-20", CRITERIA, True)


def test_the_last_page_has_no_next() -> None:
    assert UsersPaging(CRITERIA).next(page_of(5, total=5, next_cursor=None)) is None


def test_counts_follow_the_pages_forward_and_back() -> None:
    first = UsersPaging(CRITERIA)
    first_page = page_of(20, total=45, next_cursor="c-20")
    second = first.next(first_page)
    assert second is not None
    second_page = page_of(20, total=45, next_cursor="c-40")
    third = second.next(second_page)
    assert third is not None
    third_page = page_of(5, total=45, next_cursor=None)
    shown = [(r.first, r.last, r.total) for r in (first.shown(first_page), second.shown(second_page))]
    assert shown == [(1, 20, 45), (21, 40, 45)]
    assert (third.shown(third_page).first, third.shown(third_page).last) == (41, 45)
    back = third.previous()
    assert back == second
    assert back is not None
    assert back.after == "c-20"


def test_an_empty_result_shows_nobody() -> None:
    shown = UsersPaging(CRITERIA).shown(page_of(0, total=0, next_cursor=None))
    assert (shown.first, shown.last, shown.total) == (1, 0, 0)
