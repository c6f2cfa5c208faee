"""A change and its events commit together: what billing, gallery and discovery receive."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices
from calendar_service.service_layer.bookings import cancel_booking, confirm_booking, create_booking
from calendar_service.service_layer.commands import BookingAction
from calendar_service.service_layer.stock import create_stock_item
from contracts.catalog import parse_payload

from .scenarios import chairs, organizer, wedding


async def outbox_of(services: CalendarServices, key: str) -> list[dict[str, Any]]:
    async with services.sessions() as session:
        rows = await session.execute(
            sa.text("SELECT topic, envelope FROM outbox WHERE key = :key ORDER BY position"), {"key": key}
        )
        return [{"topic": r.topic, **r.envelope} for r in rows]


async def test_a_booking_tells_its_whole_story_on_its_topic(services: CalendarServices) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me), services.deps)
    booking = await create_booking(wedding(me, (str(item.id), 200)), services.deps)
    await confirm_booking(BookingAction(me, str(booking.id)), services.deps)
    await cancel_booking(BookingAction(me, str(booking.id), reason="Muhurtham changed"), services.deps)

    events = await outbox_of(services, str(booking.id))
    assert [e["type"] for e in events] == [
        "calendar.booking.created",
        "calendar.booking.confirmed",
        "calendar.booking.cancelled",
    ]
    assert {e["topic"] for e in events} == {"calendar.booking.v1"}
    for event in events:
        parse_payload(event["type"], event["version"], event["payload"])  # each keeps its contract
    confirmed = events[1]["payload"]
    assert confirmed["client"]["phones"] == ["+919848022338"]
    assert confirmed["venue"] | {"address": None} == {
        "address": None,
        "district": "Hyderabad",
        "state_code": "36",
        "pin_code": "500035",
        "map_link": None,
    }
    assert [(li["quantity"], li["agreed_price_paise"]) for li in confirmed["line_items"]] == [(200, 300000)]
    assert events[2]["payload"]["reason"] == "Muhurtham changed"


async def test_availability_events_carry_the_load_and_no_client_details(services: CalendarServices) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me, quantity=300), services.deps)
    booking = await create_booking(wedding(me, (str(item.id), 120)), services.deps)
    await confirm_booking(BookingAction(me, str(booking.id)), services.deps)

    days = await outbox_of(services, str(me.user_id))
    assert days
    assert {e["type"] for e in days} == {"calendar.availability.changed"}
    loads = [e["payload"]["items"][0] for e in days]
    assert {(load["confirmed"], load["free"]) for load in loads} == {(120, 180)}
    assert "Lakshmi" not in str(days)
    assert "9848022338" not in str(days)
