"""Capacity per day for businesses without item stock: checked at confirmation under the capacity
row's lock, shown per day in availability, announced in availability events."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest
import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices, build_services
from calendar_service.domain.days import local_day
from calendar_service.domain.errors import CalendarError, CalendarErrorCode, StockShortage
from calendar_service.domain.vocabulary import CapacityUnit
from calendar_service.service_layer.availability import availability
from calendar_service.service_layer.bookings import confirm_booking, create_booking
from calendar_service.service_layer.capacity import daily_capacity, set_daily_capacity
from calendar_service.service_layer.commands import BookingAction
from calendar_service.settings import CalendarSettings
from servicekit.db import create_engine

from .scenarios import WEDDING_DAY, organizer, wedding
from .test_events import outbox_of

Code = CalendarErrorCode
DAY = local_day(WEDDING_DAY)


async def test_a_third_event_on_a_two_event_day_is_refused_naming_the_day_and_the_bookings(
    services: CalendarServices,
) -> None:
    me = organizer()
    await set_daily_capacity(me, CapacityUnit.EVENTS, 2, services.deps)
    booked = [await create_booking(wedding(me), services.deps) for _ in range(3)]
    for booking in booked[:2]:
        await confirm_booking(BookingAction(me, str(booking.id)), services.deps)
    with pytest.raises(StockShortage) as refused:
        await confirm_booking(BookingAction(me, str(booked[2].id)), services.deps)
    assert refused.value.code == Code.CAPACITY_EXCEEDED
    first = refused.value.shortages[0]
    assert (first.item_id, first.day, first.wanted, first.available) == (None, DAY, 1, 0)
    assert {h.id for h in first.held_by} == {b.id for b in booked[:2]}

    found = await availability(me, DAY, DAY, None, None, services.deps)
    assert [(d.confirmed, d.free, d.short) for d in found.capacity] == [(2, 0, False)]
    days = [e["payload"] for e in await outbox_of(services, str(me.user_id))]
    load = [d["capacity"] for d in days if d["day"] == DAY.isoformat()][-1]
    assert load == {"unit": "events", "per_day": 2, "confirmed": 2, "held": 0, "free": 0}


async def test_guests_per_day_count_each_bookings_guests(services: CalendarServices) -> None:
    me = organizer()
    await set_daily_capacity(me, CapacityUnit.GUESTS, 1000, services.deps)
    unsized = await create_booking(wedding(me), services.deps)
    with pytest.raises(CalendarError) as refused:
        await confirm_booking(BookingAction(me, str(unsized.id)), services.deps)
    assert (refused.value.code, refused.value.field) == (Code.INVALID_GUEST_COUNT, "guestCount")

    big = await create_booking(dataclasses.replace(wedding(me), guest_count=600), services.deps)
    await confirm_booking(BookingAction(me, str(big.id)), services.deps)
    bigger = await create_booking(dataclasses.replace(wedding(me), guest_count=500), services.deps)
    with pytest.raises(StockShortage) as short:
        await confirm_booking(BookingAction(me, str(bigger.id)), services.deps)
    assert {(s.wanted, s.available, s.short_by) for s in short.value.shortages} == {(500, 400, 100)}


async def test_a_capacity_must_be_a_positive_count(services: CalendarServices) -> None:
    me = organizer()
    with pytest.raises(CalendarError) as refused:
        await set_daily_capacity(me, CapacityUnit.EVENTS, 0, services.deps)
    assert (refused.value.code, refused.value.field) == (Code.INVALID_CAPACITY, "perDay")
    assert await daily_capacity(me, None, services.deps) is None


async def test_twenty_confirmations_for_three_free_events_let_exactly_three_through(
    service_database_url: str, service_settings: CalendarSettings
) -> None:
    """Rivals on their own connections behind a barrier. To see it fail: make `capacity_shortages`
    in stock_guard.py read the capacity with lock=False; more than three then confirm."""
    rivals, per_day = 20, 3
    engine = create_engine(service_database_url, pool_size=rivals + 2)
    deps = build_services(service_settings, engine, None).deps
    try:
        owner = organizer()
        await set_daily_capacity(owner, CapacityUnit.EVENTS, per_day, deps)
        booked = [await create_booking(wedding(owner), deps) for _ in range(rivals)]
        async with engine.connect() as warm:
            await warm.execute(sa.text("SELECT 1"))
        barrier = asyncio.Barrier(rivals)

        async def confirm(booking_id: str) -> str:
            await barrier.wait()
            try:
                await confirm_booking(BookingAction(owner, booking_id), deps)
            except StockShortage as refusal:
                return str(refusal.code)
            return "confirmed"

        outcomes = await asyncio.gather(*(confirm(str(b.id)) for b in booked))
        assert outcomes.count("confirmed") == per_day
        assert outcomes.count(Code.CAPACITY_EXCEEDED) == rivals - per_day
    finally:
        await engine.dispose()
