"""Calendar answers, shaped and checked by the committed SDL, become typed results; off-contract
answers are UNEXPECTED_RESPONSE."""

from __future__ import annotations

from datetime import date

import pytest
from eventxperts_app.api.gateway_errors import UNEXPECTED_RESPONSE, GatewayError
from eventxperts_app.features.calendar import operations
from eventxperts_app.features.calendar.models import ActivityAction, BookingStatus, MuhurthamKind
from eventxperts_app.features.calendar.parsing import parse_booking_payload
from eventxperts_app.features.calendar.variables import create_booking_variables
from eventxperts_app.features.calendar.views_parsing import parse_month_view

from .payloads import booking_json, filled_booking_form, month_json, shortage_json
from .sdl_answers import answered


def test_a_month_view_maps_days_panchangam_badges_and_bookings() -> None:
    data = answered(operations.MONTH_VIEW, {"monthView": month_json()}, {"year": 2026, "month": 12})
    month = parse_month_view(data)
    day = month.days[0]
    assert (month.year, month.month, month.place.te) == (2026, 12, "హైదరాబాద్")
    assert day.date == date(2026, 12, 10)
    assert (day.panchangam.tithi[0].number, day.panchangam.nakshatra[0].name.en) == (5, "Rohini")
    assert day.panchangam.muhurthams == (MuhurthamKind.MARRIAGE,)
    assert day.is_peak_day
    assert day.peak_items[0].free == 20
    # A day carries what the grid shows of a booking; the detail asks for the rest when opened.
    assert (day.bookings[0].client_name, day.bookings[0].district) == ("Srinivas Reddy", "Hyderabad")
    assert month.peak_warnings[0].item.name == "Chairs"


def test_a_refused_confirmation_keeps_each_shortage_and_who_holds_it() -> None:
    payload = {
        "booking": None,
        "shortages": [shortage_json()],
        "errors": [{"code": "STOCK_SHORTAGE", "field": None, "message": "short"}],
    }
    data = answered(operations.CONFIRM_BOOKING, {"confirmBooking": payload}, {"id": "b-1"})
    result = parse_booking_payload(data, "confirmBooking")
    assert result.booking is None
    assert [e.code for e in result.errors] == ["STOCK_SHORTAGE"]
    shortage = result.shortages[0]
    assert (shortage.item and shortage.item.name, shortage.short_by, shortage.available) == (
        "Chairs",
        100,
        200,
    )
    assert [(h.event_name, h.status) for h in shortage.held_by] == [
        ("Rao engagement", BookingStatus.CONFIRMED)
    ]


def test_a_booking_maps_its_schedule_venue_items_and_activity() -> None:
    payload = {"booking": booking_json(), "shortages": [], "errors": []}
    built = create_booking_variables(filled_booking_form())
    assert built.errors == []
    data = answered(operations.CREATE_BOOKING, {"createBooking": payload}, built.variables)
    booking = parse_booking_payload(data, "createBooking").booking
    assert booking is not None
    assert booking.schedule.starts_at.utcoffset() is not None
    assert (booking.venue.state_name, booking.venue.pin_code) == ("Telangana", "500034")
    assert booking.line_items[0].stock_item is not None
    assert booking.activity[0].action is ActivityAction.CREATED


def test_a_status_the_app_does_not_know_is_off_contract() -> None:
    with pytest.raises(GatewayError) as raised:
        parse_booking_payload(
            {"createBooking": {"booking": booking_json(status="ARCHIVED"), "shortages": [], "errors": []}},
            "createBooking",
        )
    assert raised.value.code == UNEXPECTED_RESPONSE


def test_a_payload_the_sdl_does_not_allow_fails_its_check() -> None:
    """The check is real: an enum value outside the SDL is refused before any mapping runs."""
    with pytest.raises(AssertionError):
        answered(
            operations.MONTH_VIEW,
            {"monthView": month_json() | {"year": "twenty"}},
            {"year": 2026, "month": 12},
        )
