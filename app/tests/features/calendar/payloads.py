"""Calendar payloads as docs/api/calendar.graphql answers them (run through sdl_answers.answered)."""

from __future__ import annotations

from typing import Any

from eventxperts_app.features.calendar.forms import BookingForm, LineItemForm, ScheduleForm
from eventxperts_app.features.calendar.models import EventKind, LineItemKind, Nakshatra


def ref(item_id: str = "s-1", name: str = "Chairs", unit: str = "chairs") -> dict[str, Any]:
    return {"id": item_id, "name": name, "unit": unit}


def name(en: str, te: str) -> dict[str, str]:
    return {"en": en, "te": te}


def booking_json(**overrides: Any) -> dict[str, Any]:
    booking: dict[str, Any] = {
        "id": "b-1",
        "eventName": "Reddy wedding",
        "kind": "WEDDING",
        "status": "ENQUIRY",
        "version": 1,
        "exceedsStock": False,
        "holdExpiresAt": None,
        "details": None,
        "notes": None,
        "cancellationReason": None,
        "agreedTotalPaise": 25000000,
        "advancePaise": 5000000,
        "schedule": {
            "startsAt": "2026-12-10T12:30:00+00:00",
            "endsAt": "2026-12-10T18:30:00+00:00",
            "setupStartsAt": "2026-12-10T04:30:00+00:00",
            "teardownEndsAt": "2026-12-11T04:30:00+00:00",
        },
        "venue": {
            "address": "Function hall, Road 12",
            "district": "Hyderabad",
            "state": {"code": "36", "name": "Telangana"},
            "pinCode": "500034",
            "mapLink": None,
        },
        "client": {
            "name": "Srinivas Reddy",
            "phones": ["+919848022338"],
            "email": None,
            "birthNakshatra": "ROHINI",
        },
        "lineItems": [
            {
                "kind": "STOCK",
                "description": "Chairs",
                "quantity": 300,
                "agreedPricePaise": 900000,
                "stockItem": ref(),
            }
        ],
        "shortages": [],
        "activity": {
            "items": [{"at": "2026-12-01T05:00:00+00:00", "action": "CREATED", "note": None, "changes": []}]
        },
    }
    booking.update(overrides)
    return booking


def shortage_json(**overrides: Any) -> dict[str, Any]:
    shortage: dict[str, Any] = {
        "item": ref(),
        "day": "2026-12-10",
        "wanted": 300,
        "available": 200,
        "shortBy": 100,
        "heldBy": [
            {
                "id": "b-9",
                "eventName": "Rao engagement",
                "status": "CONFIRMED",
                "startsAt": "2026-12-10T10:30:00+00:00",
                "endsAt": "2026-12-10T16:30:00+00:00",
            }
        ],
    }
    shortage.update(overrides)
    return shortage


def window(start: str, end: str) -> dict[str, str]:
    return {"startsAt": f"2026-12-10T{start}:00+05:30", "endsAt": f"2026-12-10T{end}:00+05:30"}


def day_json(date: str = "2026-12-10", **overrides: Any) -> dict[str, Any]:
    day: dict[str, Any] = {
        "date": date,
        "isPeakDay": True,
        "peakItems": [
            {"item": ref(), "usable": 500, "confirmed": 480, "held": 0, "free": 20, "short": False}
        ],
        "panchangam": {
            "vara": name("Thursday", "గురువారం"),
            "tithi": [
                {
                    "name": name("Panchami", "పంచమి"),
                    "number": 5,
                    "startsAt": "2026-12-09T08:00:00+05:30",
                    "endsAt": "2026-12-10T14:32:00+05:30",
                    "paksha": name("Shukla", "శుక్ల పక్షం"),
                }
            ],
            "nakshatra": [
                {
                    "name": name("Rohini", "రోహిణి"),
                    "number": 4,
                    "startsAt": "2026-12-09T20:00:00+05:30",
                    "endsAt": "2026-12-10T21:05:00+05:30",
                    "paksha": None,
                }
            ],
            "rahuKalam": window("13:30", "15:00"),
            "yamagandam": window("06:00", "07:30"),
            "durmuhurtham": [window("10:00", "10:48"), window("14:48", "15:36")],
            "festivals": [],
            "muhurthams": [{"kind": "MARRIAGE"}],
        },
        "bookings": [booking_json()],
    }
    day.update(overrides)
    return day


def month_json() -> dict[str, Any]:
    return {
        "year": 2026,
        "month": 12,
        "place": {"name": name("Hyderabad", "హైదరాబాద్")},
        "days": [day_json()],
        "peakWarnings": [{"date": "2026-12-10", "item": ref(), "free": 20, "usable": 500}],
    }


def filled_booking_form() -> BookingForm:
    """What an organizer types for a wedding with 300 chairs and a service."""
    return BookingForm(
        event_name="Reddy wedding",
        kind=EventKind.WEDDING,
        schedule=ScheduleForm("2026-12-10", "18:00", "2026-12-11", "00:00", "2026-12-10", "10:00", "", ""),
        address="Function hall, Road 12",
        district="Hyderabad",
        state_code="36",
        pin_code="500034",
        client_name="Srinivas Reddy",
        phones="98480 22338, +91 90000 12345",
        birth_nakshatra=Nakshatra.ROHINI,
        line_items=(
            LineItemForm(LineItemKind.STOCK, stock_item_id="s-1", quantity="300", price_rupees="9,000"),
            LineItemForm(
                LineItemKind.SERVICE, description="Flower decoration", quantity="1", price_rupees="45000.50"
            ),
        ),
        agreed_total_rupees="2,50,000",
        advance_rupees="50000",
    )
