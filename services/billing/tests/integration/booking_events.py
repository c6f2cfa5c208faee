"""calendar.booking.* envelopes as the calendar publishes them (contracts.calendar, version 1)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from contracts import calendar as c
from servicekit.auth import Caller
from servicekit.events import Envelope

from .scenarios import organizer_id


def booking(caller: Caller, booking_id: uuid.UUID, **changes: Any) -> dict[str, Any]:
    starts = datetime(2027, 2, 14, 4, 30, tzinfo=UTC)
    schedule = {
        "starts_at": starts.isoformat(),
        "ends_at": (starts + timedelta(hours=8)).isoformat(),
        "setup_starts_at": (starts - timedelta(hours=6)).isoformat(),
        "teardown_ends_at": (starts + timedelta(hours=12)).isoformat(),
    }
    payload: dict[str, Any] = {
        "booking_id": str(booking_id),
        "organizer_id": str(organizer_id(caller)),
        "occurred_at": datetime.now(UTC).isoformat(),
        "actor_id": str(organizer_id(caller)),
        "status": "confirmed",
        "event_name": "Sita & Ram wedding",
        "kind": "wedding",
        "schedule": schedule,
        "hold_expires_at": None,
        "venue": {
            "address": "Sri Convention, Madhapur",
            "district": "Hyderabad",
            "state_code": "36",
            "pin_code": "500081",
            "map_link": None,
        },
        "client": {"name": "Lakshmi Narayana", "phones": ["+919848022338"], "email": None},
        "guest_count": 400,
        "line_items": [
            {
                "line_id": str(uuid.uuid4()),
                "kind": "service",
                "description": "Mandapam decoration",
                "stock_item_id": None,
                "quantity": 1,
                "agreed_price_paise": 1_50_000_00,
            },
            {
                "line_id": str(uuid.uuid4()),
                "kind": "stock",
                "description": "Chairs",
                "stock_item_id": str(uuid.uuid4()),
                "quantity": 300,
                "agreed_price_paise": 4_500_00,
            },
        ],
        "agreed_total_paise": 1_54_500_00,
        "advance_paise": 0,
        "damage_charges": [],
        "damage_charges_paise": 0,
        "source_enquiry_id": None,
    }
    payload.update(changes)
    return payload


def envelope(event_type: str, payload: dict[str, Any]) -> Envelope:
    model: type[c.BookingConfirmedV1] | type[Any] = {
        c.BOOKING_CONFIRMED: c.BookingConfirmedV1,
        c.BOOKING_RESCHEDULED: c.BookingRescheduledV1,
        c.BOOKING_ITEMS_CHANGED: c.BookingItemsChangedV1,
        c.BOOKING_CANCELLED: c.BookingCancelledV1,
        c.BOOKING_COMPLETED: c.BookingCompletedV1,
        c.BOOKING_DISPATCHED: c.BookingDispatchedV1,
    }[event_type]
    checked = model.model_validate(payload)
    return Envelope(
        id=uuid.uuid4(),
        type=event_type,
        version=1,
        occurred_at=checked.occurred_at,
        producer="calendar",
        key=payload["booking_id"],
        trace_id=None,
        payload=checked.model_dump(mode="json"),
    )
