"""The list of bookings: its search and filters as the calendar service takes them, a page of
bookings answered as the SDL allows, the count and paging buttons, the filters folded on a phone."""

from __future__ import annotations

from eventxperts_app.features.calendar import operations
from eventxperts_app.features.calendar.bookings_query import BookingsQuery, bookings_variables
from eventxperts_app.features.calendar.calendar_screen import CalendarScreen
from eventxperts_app.features.calendar.models import BookingStatus, EventKind
from eventxperts_app.features.calendar.parsing import parse_booking_page
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.page_trail import PageTrail

from ...control_texts import shown_texts
from ...languages import switch
from .payloads import booking_json
from .sdl_answers import answered
from .test_screens import DECEMBER


def test_no_search_and_no_filter_asks_for_every_booking_twenty_at_a_time() -> None:
    built = bookings_variables(BookingsQuery(), None)
    assert built.variables == {"filter": None, "first": 20, "after": None}
    assert built.errors == []


def test_the_search_and_each_filter_go_into_the_booking_filter() -> None:
    query = BookingsQuery(
        search=" 98480 ",
        status=BookingStatus.CONFIRMED,
        kind=EventKind.GRUHAPRAVESAM,
        first_day="2026-12-01",
        last_day="2026-12-31",
    )
    built = bookings_variables(query, "cursor-2")
    assert built.variables["filter"] == {
        "search": "98480",
        "statuses": ["CONFIRMED"],
        "kinds": ["GRUHAPRAVESAM"],
        "firstDay": "2026-12-01",
        "lastDay": "2026-12-31",
    }
    assert built.variables["after"] == "cursor-2"


def test_an_unreadable_day_is_a_typed_error_on_its_box() -> None:
    built = bookings_variables(BookingsQuery(first_day="10/12/2026"), None)
    assert [(e.code, e.field) for e in built.errors] == [("INVALID_DATE_TEXT", "firstDay")]


def test_the_trail_of_pages_goes_forward_by_cursor_and_back_by_memory() -> None:
    trail = PageTrail()
    assert trail.next(None, 20) is None  # the last page
    second = trail.next("c-1", 20)
    assert second is not None
    assert (second.after, second.offset, second.has_previous) == ("c-1", 20, True)
    assert second.previous() == trail
    assert trail.previous() is None


def test_a_page_of_bookings_shows_cards_the_count_and_only_the_paging_it_allows(ctx: AppContext) -> None:
    screen = CalendarScreen(ctx, today=DECEMBER)
    pane = screen.bookings
    connection = {"items": [booking_json(status="CONFIRMED")], "total": 21, "nextCursor": "c-1"}
    variables = {"filter": None, "first": 20, "after": None}
    pane.page = parse_booking_page(answered(operations.BOOKINGS, {"bookings": connection}, variables))
    pane._render()
    texts = shown_texts(pane.control)
    assert {"Reddy wedding", "Confirmed · Wedding", "Showing 1–1 of 21"} <= set(texts)
    assert pane.previous.disabled
    assert not pane.next.disabled
    switch(ctx, screen, Language.TE)
    assert "పెళ్ళి" in " ".join(shown_texts(pane.control))


def test_the_filters_fold_away_on_a_phone_and_open_on_a_desktop(ctx: AppContext) -> None:
    pane = CalendarScreen(ctx, today=DECEMBER).bookings
    assert pane.filters.expanded
    ctx.viewport.resize(390)
    assert not pane.filters.expanded
    ctx.viewport.resize(1280)
    assert pane.filters.expanded
