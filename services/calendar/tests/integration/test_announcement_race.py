"""Two changes of one organizer's day at once, on different items: the day's latest announcement
still describes it whole."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from calendar_service.bootstrap import build_services
from calendar_service.service_layer.bookings import confirm_booking, create_booking
from calendar_service.service_layer.commands import BookingAction, CreateStockItem
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.stock import create_stock_item
from calendar_service.settings import CalendarSettings
from servicekit.auth import Caller
from servicekit.db import create_engine

from .scenarios import chairs, organizer, wedding
from .test_events import outbox_of

ORGANIZERS = 5


async def test_two_confirmations_of_one_day_at_once_leave_the_day_described_whole(
    service_database_url: str, service_settings: CalendarSettings
) -> None:
    """Per organizer, the chairs' and the shamianas' bookings of one day confirmed at once, each on
    its own connection, all released together behind a barrier. Discovery keeps a day's latest event
    (by occurred_at, the later delivered on a tie): for every day it must list both items.

    To see this test fail (and so that it can): in calendar_service/service_layer/availability_events.py
    make `_announce` stamp its events with `now` instead of `uow.announcements.stamp(...)`: each
    confirmation then reads the day before the other commits, and the day's latest event names one
    item only."""
    engine = create_engine(service_database_url, pool_size=2 * ORGANIZERS + 2)
    services = build_services(service_settings, engine, None)
    try:
        pairs = [await _two_bookings(services.deps) for _ in range(ORGANIZERS)]
        async with engine.connect() as warm:  # open the connections before the race, not during it
            await warm.execute(sa.text("SELECT 1"))
        barrier = asyncio.Barrier(2 * ORGANIZERS)

        async def confirm(me: Caller, booking_id: str) -> None:
            await barrier.wait()
            await confirm_booking(BookingAction(me, booking_id), services.deps)

        await asyncio.gather(*(confirm(me, b) for me, both in pairs for b in both))
        for me, _ in pairs:
            latest = _latest_per_day(await outbox_of(services, str(me.user_id)))
            assert len(latest) == 2
            assert {tuple(i["name"] for i in items) for items in latest.values()} == {
                ("Plastic chairs", "Shamianas")
            }
    finally:
        await engine.dispose()


async def _two_bookings(deps: UseCaseDependencies) -> tuple[Caller, tuple[str, str]]:
    me = organizer()
    seats = await create_stock_item(chairs(me, quantity=200), deps)
    tents = await create_stock_item(CreateStockItem(me, name="Shamianas", unit="shamiana", quantity=2), deps)
    lunch = await create_booking(wedding(me, (str(seats.id), 200)), deps)
    evening = await create_booking(wedding(me, (str(tents.id), 1), hours=4), deps)
    return me, (str(lunch.id), str(evening.id))


def _latest_per_day(events: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """What discovery keeps of each day: the latest occurred_at, the later in the log on a tie."""
    kept: dict[str, tuple[datetime, list[dict[str, Any]]]] = {}
    for event in events:
        payload = event["payload"]
        if event["type"] == "calendar.availability.changed":
            day, at = payload["day"], datetime.fromisoformat(payload["occurred_at"])
            if day not in kept or kept[day][0] <= at:
                kept[day] = (at, payload["items"])
    return {day: items for day, (_, items) in kept.items()}
