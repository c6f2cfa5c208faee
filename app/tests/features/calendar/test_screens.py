"""The calendar's screens built without a browser, fed answers checked against the committed SDL:
the month grid's short panchangam labels and badges in both languages, the day's kalams, the form's
errors beside their fields, a refused confirmation naming each item short and who holds it, the
actions each status allows, and the muhurtham search filling the booking's dates."""

from __future__ import annotations

from datetime import date

import flet as ft
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.calendar import operations
from eventxperts_app.features.calendar.booking_detail import BookingDetailPane
from eventxperts_app.features.calendar.calendar_screen import CalendarScreen
from eventxperts_app.features.calendar.models import BookingResult, LineItemKind
from eventxperts_app.features.calendar.parsing import parse_booking, parse_booking_payload
from eventxperts_app.features.calendar.shortage_view import shortage_lines
from eventxperts_app.features.calendar.views_parsing import parse_month_view, parse_muhurtham_result
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...control_texts import shown_texts
from ...languages import switch
from ...texts import EN, TE
from .payloads import booking_json, month_json, shortage_json
from .sdl_answers import answered

DECEMBER = date(2026, 12, 10)


def calendar_with_month(ctx: AppContext) -> CalendarScreen:
    screen = CalendarScreen(ctx, today=DECEMBER)
    data = answered(operations.MONTH_VIEW, {"monthView": month_json()}, {"year": 2026, "month": 12})
    screen.month.view = parse_month_view(data)
    screen.month.render()
    return screen


def test_the_month_grid_shows_short_tithi_and_nakshatra_in_the_language_on_screen(ctx: AppContext) -> None:
    screen = calendar_with_month(ctx)
    texts = shown_texts(*screen.controls)
    assert {"December 2026", "S5", "Rohi", "Panchangam for Hyderabad"} <= set(texts)
    switch(ctx, screen, Language.TE)
    texts = shown_texts(*screen.controls)
    assert {"డిసెంబర్ 2026", "శు5", "రోహి", "హైదరాబాద్ పంచాంగం", "గురు"} <= set(texts)


def test_the_chosen_day_shows_its_kalams_muhurtham_and_peak_items(ctx: AppContext) -> None:
    texts = shown_texts(*calendar_with_month(ctx).controls)
    assert "Rahu kalam: 13:30–15:00" in texts
    assert "Yamagandam: 06:00–07:30" in texts
    assert "Durmuhurtham: 10:00–10:48, 14:48–15:36" in texts
    assert "Tithi: Panchami until 14:32" in texts
    assert "Marriage muhurtham" in texts
    assert "Chairs: 20 of 500 free" in texts
    assert "Peak day 2026-12-10: Chairs only 20 of 500 free" in texts


def test_a_refused_confirmation_names_each_item_short_by_how_much_and_who_holds_it(ctx: AppContext) -> None:
    screen = CalendarScreen(ctx, today=DECEMBER)
    refusal = {
        "booking": None,
        "shortages": [shortage_json()],
        "errors": [{"code": "STOCK_SHORTAGE", "field": None, "message": "short"}],
    }
    result = parse_booking_payload(
        answered(operations.CONFIRM_BOOKING, {"confirmBooking": refusal}, {"id": "b-1"}), "confirmBooking"
    )
    pane = screen.detail
    pane.show(parse_booking(booking_json()))
    pane.errors.show(result.errors)
    pane.refused = result
    pane.render()
    texts = shown_texts(pane.control)
    assert EN.error("STOCK_SHORTAGE") in texts
    assert "Chairs on 2026-12-10: 300 wanted, 200 free, short by 100" in texts
    assert "Held by Rao engagement (Confirmed, 2026-12-10 16:00)" in texts
    switch(ctx, screen, Language.TE)
    texts = shown_texts(pane.control)
    assert TE.error("STOCK_SHORTAGE") in texts
    assert "2026-12-10 న Chairs: కావలసినవి 300, ఖాళీ 200, 100 తక్కువ" in texts


def actions_of(pane: BookingDetailPane) -> list[str]:
    return [str(button.content) for button in pane.actions.controls]  # type: ignore[attr-defined]


def test_each_status_offers_only_the_actions_it_allows(ctx: AppContext) -> None:
    pane = CalendarScreen(ctx, today=DECEMBER).detail
    pane.show(parse_booking(booking_json(status="TENTATIVE")))
    assert actions_of(pane) == ["Confirm", "Reschedule", "Change details", "Cancel booking"]
    pane.show(parse_booking(booking_json(status="CONFIRMED")))
    assert actions_of(pane) == ["Mark completed", "Reschedule", "Change details", "Cancel booking"]
    pane.show(parse_booking(booking_json(status="CANCELLED", cancellationReason="Family postponed")))
    assert actions_of(pane) == []
    assert "Cancelled because: Family postponed" in shown_texts(pane.control)


async def test_cancelling_asks_for_a_reason_first(ctx: AppContext) -> None:
    pane = CalendarScreen(ctx, today=DECEMBER).detail
    pane.show(parse_booking(booking_json(status="CONFIRMED")))
    await pane._action("cancel")()
    assert pane.cancel_step.visible
    await pane._cancel()
    assert pane.reason.error == EN.error("REQUIRED")


def test_the_services_errors_land_beside_their_fields_in_the_booking_form(ctx: AppContext) -> None:
    form = CalendarScreen(ctx, today=DECEMBER).form
    form.errors.show(
        [
            ApiError("INVALID_PIN_CODE", "bad", "input.venue.pinCode"),
            ApiError("INVALID_PHONE", "bad", "client.phones[1]"),
            ApiError("END_BEFORE_START", "bad", "schedule.endsAt"),
            ApiError("UNKNOWN_STOCK_ITEM", "bad", "lineItems[0].stockItemId"),
        ]
    )
    f = form.fields
    assert f.pin_code.error == EN.error("INVALID_PIN_CODE")
    assert f.phones.error == EN.error("INVALID_PHONE")
    assert f.schedule.end_date.error == EN.error("END_BEFORE_START")
    assert f.line_items.error.value == EN.error("UNKNOWN_STOCK_ITEM")
    assert not form.errors.banner.visible


async def test_an_empty_booking_form_says_what_is_required_and_sends_nothing(ctx: AppContext) -> None:
    form = CalendarScreen(ctx, today=DECEMBER).form
    await form._submit()
    f = form.fields
    assert (f.event_name.error, f.district.error, f.schedule.start_date.error) == ("Required",) * 3
    assert not form.errors.banner.visible  # nothing reached the (unreachable) gateway


def test_a_muhurtham_picked_fills_the_bookings_dates(ctx: AppContext) -> None:
    form = CalendarScreen(ctx, today=DECEMBER).form
    result = {
        "kind": "MARRIAGE",
        "place": {"name": {"en": "Hyderabad", "te": "హైదరాబాద్"}},
        "days": [
            {
                "date": "2026-12-10",
                "reasons": ["Rohini nakshatra", "Shukla panchami"],
                "windows": [{"startsAt": "2026-12-10T03:15:00+00:00", "endsAt": "2026-12-10T05:40:00+00:00"}],
            }
        ],
    }
    variables = {"input": {"kind": "MARRIAGE", "firstDay": "2026-12-01", "lastDay": "2026-12-31"}}
    data = answered(operations.MUHURTHAM_SEARCH, {"muhurthamSearch": result}, variables)
    form.muhurtham.result = parse_muhurtham_result(data)
    form.muhurtham._render()
    assert "2026-12-10 · 08:45–11:10" in shown_texts(form.control)
    form.use_muhurtham(form.muhurtham.result.days[0])
    s = form.fields.schedule
    assert (s.start_date.value, s.start_time.value, s.end_date.value) == ("2026-12-10", "08:45", "2026-12-10")


def test_a_shortage_of_capacity_is_named_as_capacity(ctx: AppContext) -> None:
    pane = CalendarScreen(ctx, today=DECEMBER).detail
    pane.show(parse_booking(booking_json()), BookingResult(shortages=(), errors=()))
    refused = parse_booking_payload(
        {"confirmBooking": {"booking": None, "shortages": [shortage_json(item=None)], "errors": []}},
        "confirmBooking",
    )
    pane.refused = refused
    pane.render()
    assert "Capacity on 2026-12-10: 300 wanted, 200 free, short by 100" in shown_texts(pane.control)


async def test_a_booking_holding_the_stock_short_opens_when_pressed(ctx: AppContext) -> None:
    opened: list[str] = []

    async def open_booking(booking_id: str) -> None:
        opened.append(booking_id)

    result = parse_booking_payload(
        {"confirmBooking": {"booking": None, "shortages": [shortage_json()], "errors": []}}, "confirmBooking"
    )
    holder = shortage_lines(EN, result.shortages, open_booking)[-1]
    assert isinstance(holder, ft.TextButton)
    assert holder.on_click is not None
    await holder.on_click()  # type: ignore[call-arg]
    assert opened == [result.shortages[0].held_by[0].id]


def test_on_a_phone_the_month_is_a_list_of_days_with_badges_in_words(ctx: AppContext) -> None:
    ctx.viewport.resize(390)
    screen = calendar_with_month(ctx)
    grid = screen.month.grid.controls[0]
    assert isinstance(grid, ft.Column)
    assert len(grid.controls) == 31  # a line a day of December
    texts = shown_texts(*screen.controls)
    assert {"Thu 10", "S5 · Rohi", "Marriage muhurtham", "Peak day"} <= set(texts)
    switch(ctx, screen, Language.TE)
    assert "వివాహ ముహూర్తం" in shown_texts(*screen.controls)


def test_a_new_booking_starts_from_empty_boxes_after_another(ctx: AppContext) -> None:
    form = CalendarScreen(ctx, today=DECEMBER).form
    form.fields.event_name.value = "Reddy wedding"
    form.fields.line_items.add(LineItemKind.STOCK)
    form.fields.clear()
    assert (form.fields.event_name.value, form.fields.line_items.rows) == ("", [])
    assert (form.fields.schedule.start_time.value, form.fields.state.value) == ("10:00", "36")
