"""What the calendar's forms send: rupees as paise, local times in India with their offset, and what
cannot be read as a typed error on its field with nothing sent."""

from __future__ import annotations

from dataclasses import replace

import pytest
from eventxperts_app.features.calendar.forms import LineItemForm
from eventxperts_app.features.calendar.variables import (
    INVALID_AMOUNT,
    INVALID_DATE_TEXT,
    create_booking_variables,
)
from eventxperts_app.ui.local_time import paise_text, rupees_to_paise

from .payloads import filled_booking_form


@pytest.mark.parametrize(
    ("typed", "paise"),
    [
        ("2,50,000", 25000000),
        ("45000.50", 4500050),
        ("₹ 900", 90000),
        ("", 0),
        ("-5", None),
        ("1.234", None),
        ("five", None),
    ],
)
def test_rupees_typed_become_paise_or_nothing(typed: str, paise: int | None) -> None:
    assert rupees_to_paise(typed) == paise


def test_paise_read_in_indian_digit_grouping() -> None:
    assert (paise_text(25000000), paise_text(4500050), paise_text(90000)) == (
        "₹2,50,000",
        "₹45,000.50",
        "₹900",
    )


def test_a_booking_is_sent_with_local_times_in_india_and_paise() -> None:
    given = create_booking_variables(filled_booking_form()).variables["input"]
    assert isinstance(given, dict)
    assert given["schedule"] == {
        "startsAt": "2026-12-10T18:00:00+05:30",
        "endsAt": "2026-12-11T00:00:00+05:30",
        "setupStartsAt": "2026-12-10T10:00:00+05:30",
        "teardownEndsAt": None,
    }
    assert given["client"]["phones"] == ["98480 22338", "+91 90000 12345"]
    assert [line["agreedPricePaise"] for line in given["lineItems"]] == [900000, 4500050]
    assert (given["agreedTotalPaise"], given["advancePaise"]) == (25000000, 5000000)


def test_what_cannot_be_read_is_an_error_on_its_field() -> None:
    form = filled_booking_form()
    bad_line = LineItemForm(quantity="3", price_rupees="lots")
    form = replace(form, schedule=replace(form.schedule, start_date="10/12/2026"), line_items=(bad_line,))
    errors = create_booking_variables(form).errors
    assert [(e.code, e.field) for e in errors] == [
        (INVALID_AMOUNT, "lineItems.0.agreedPricePaise"),
        (INVALID_DATE_TEXT, "schedule.startsAt"),
    ]


def test_a_hold_date_makes_the_new_booking_a_tentative_hold_until_then_in_india() -> None:
    held = create_booking_variables(replace(filled_booking_form(), hold_date="2026-12-05")).variables["input"]
    enquiry = create_booking_variables(filled_booking_form()).variables["input"]
    assert isinstance(held, dict)
    assert isinstance(enquiry, dict)
    assert held["holdUntil"] == "2026-12-05T18:00:00+05:30"
    assert enquiry["holdUntil"] is None
    unreadable = create_booking_variables(replace(filled_booking_form(), hold_date="5 Dec"))
    assert [(e.code, e.field) for e in unreadable.errors] == [("INVALID_DATE_TEXT", "holdUntil")]
