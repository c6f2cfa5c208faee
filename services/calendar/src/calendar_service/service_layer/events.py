"""The events this service records, wrapped for servicekit's outbox (contracts.calendar)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from contracts import calendar as c
from servicekit.events import Event

from calendar_service.domain.booking import Booking, Schedule
from calendar_service.domain.dispatch import Dispatch
from calendar_service.domain.stock import StockItem

_MODELS: dict[str, type[Any]] = {
    c.BOOKING_CREATED: c.BookingCreatedV1,
    c.BOOKING_TENTATIVE: c.BookingTentativeV1,
    c.BOOKING_CONFIRMED: c.BookingConfirmedV1,
    c.BOOKING_RESCHEDULED: c.BookingRescheduledV1,
    c.BOOKING_ITEMS_CHANGED: c.BookingItemsChangedV1,
    c.BOOKING_HOLD_EXPIRED: c.BookingHoldExpiredV1,
    c.BOOKING_CANCELLED: c.BookingCancelledV1,
    c.BOOKING_COMPLETED: c.BookingCompletedV1,
    c.BOOKING_DISPATCHED: c.BookingDispatchedV1,
}


def schedule_of(schedule: Schedule) -> dict[str, datetime]:
    return {
        "starts_at": schedule.starts_at,
        "ends_at": schedule.ends_at,
        "setup_starts_at": schedule.setup_starts_at,
        "teardown_ends_at": schedule.teardown_ends_at,
    }


def booking_event(
    event_type: str, booking: Booking, actor_id: str | None, now: datetime, **extra: Any
) -> Event:
    """`event_type` with the whole booking as it now stands (contracts.calendar._BookingEvent)."""
    v = booking.venue
    payload = _MODELS[event_type].model_validate(
        {
            "booking_id": booking.id,
            "organizer_id": booking.organizer_id,
            "occurred_at": now,
            "actor_id": uuid.UUID(actor_id) if actor_id else None,
            "status": booking.status.value,
            "event_name": booking.event_name,
            "kind": booking.kind.value,
            "schedule": schedule_of(booking.schedule),
            "hold_expires_at": booking.hold_expires_at,
            "venue": {
                "address": v.address,
                "district": v.district,
                "state_code": v.state_code,
                "pin_code": v.pin_code,
                "map_link": v.map_link,
            },
            "client": {
                "name": booking.client.name,
                "phones": list(booking.client.phones),
                "email": booking.client.email,
            },
            "guest_count": booking.guest_count,
            "line_items": [
                {
                    "line_id": line.id,
                    "kind": line.kind.value,
                    "description": line.description,
                    "stock_item_id": line.stock_item_id,
                    "quantity": line.quantity,
                    "agreed_price_paise": line.agreed_price_paise,
                }
                for line in booking.line_items
            ],
            "agreed_total_paise": booking.agreed_total_paise,
            "advance_paise": booking.advance_paise,
            "damage_charges": [
                {
                    "stock_item_id": d.stock_item_id,
                    "item_name": d.item_name,
                    "damaged": d.damaged,
                    "lost": d.lost,
                    "charge_paise": d.charge_paise,
                    "note": d.note,
                }
                for d in booking.damage_charges
            ],
            "damage_charges_paise": booking.damage_charges_paise,
            "source_enquiry_id": booking.source_enquiry_id,
            **extra,
        }
    )
    return Event(type=event_type, version=1, key=str(booking.id), payload=payload)


def booking_dispatched(
    booking: Booking,
    dispatch: Dispatch,
    items: dict[uuid.UUID, StockItem],
    actor_id: str | None,
    now: datetime,
) -> Event:
    """The sheet as recorded, each line with the item's name, unit and daily rent (billing's challan)."""
    lines = [
        {
            "stock_item_id": line.item_id,
            "name": items[line.item_id].name,
            "unit": items[line.item_id].unit,
            "quantity": line.quantity,
            "daily_rent_paise": items[line.item_id].daily_rent_paise,
        }
        for line in dispatch.lines
    ]
    sheet = {
        "dispatched_at": dispatch.dispatched_at,
        "loaded_by": dispatch.loaded_by,
        "vehicle": dispatch.vehicle,
        "lines": lines,
    }
    return booking_event(c.BOOKING_DISPATCHED, booking, actor_id, now, dispatch=sheet)


def availability_changed(
    organizer_id: uuid.UUID,
    day: date,
    items: list[dict[str, Any]],
    capacity: dict[str, Any] | None,
    now: datetime,
) -> Event:
    payload = c.AvailabilityChangedV1.model_validate(
        {"organizer_id": organizer_id, "occurred_at": now, "day": day, "items": items, "capacity": capacity}
    )
    return Event(type=c.AVAILABILITY_CHANGED, version=1, key=str(organizer_id), payload=payload)
