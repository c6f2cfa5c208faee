"""A change and its events commit together: what billing, gallery and discovery receive."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices
from calendar_service.domain.days import days_touched
from calendar_service.service_layer.bookings import cancel_booking, confirm_booking, create_booking
from calendar_service.service_layer.commands import BookingAction, CreateStockItem, UpdateStockItem
from calendar_service.service_layer.stock import create_stock_item
from calendar_service.service_layer.stock_changes import update_stock_item
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


async def test_every_announcement_of_a_day_describes_the_whole_day(services: CalendarServices) -> None:
    """Discovery keeps the latest event of a day and calls it full when every item listed has nothing
    free. Each booking's announcement once named only its own items: here the shamianas' confirmation
    said full (both taken) while the chairs' recount said free (chairs left), so the answer hung on
    which came last."""
    me = organizer()
    seats = await create_stock_item(chairs(me, quantity=200), services.deps)
    tents = await create_stock_item(
        CreateStockItem(me, name="Shamianas", unit="shamiana", quantity=2), services.deps
    )
    lunch = await create_booking(wedding(me, (str(seats.id), 100)), services.deps)
    await confirm_booking(BookingAction(me, str(lunch.id)), services.deps)
    evening = await create_booking(wedding(me, (str(tents.id), 2), hours=4), services.deps)
    seen = len(await outbox_of(services, str(me.user_id)))

    async def announced() -> list[tuple[str, list[tuple[str, int]]]]:
        nonlocal seen
        events = await outbox_of(services, str(me.user_id))
        new, seen = events[seen:], len(events)
        return [(e["payload"]["day"], [(i["name"], i["free"]) for i in e["payload"]["items"]]) for e in new]

    # Set-up to tear-down, both run past India's midnight: two days, shared.
    s = evening.schedule
    both_days = {d.isoformat() for d in days_touched(s.setup_starts_at, s.teardown_ends_at)}
    assert len(both_days) == 2
    await confirm_booking(BookingAction(me, str(evening.id)), services.deps)
    assert {(day, tuple(items)) for day, items in await announced()} == {
        (day, (("Plastic chairs", 100), ("Shamianas", 0))) for day in both_days
    }
    await update_stock_item(UpdateStockItem(me, str(seats.id), quantity=190), services.deps)
    assert {(day, tuple(items)) for day, items in await announced() if day in both_days} == {
        (day, (("Plastic chairs", 90), ("Shamianas", 0))) for day in both_days
    }
    # The chairs' booking gone, the day has only the shamianas in use, and none of them free.
    await cancel_booking(BookingAction(me, str(lunch.id), reason="Moved to the temple"), services.deps)
    assert {(day, tuple(items)) for day, items in await announced() if day in both_days} == {
        (day, (("Shamianas", 0),)) for day in both_days
    }
