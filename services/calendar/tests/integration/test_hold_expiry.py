"""Holds that run out: the sweeper records them (hold_expired, nobody acting), their stock is free,
confirming them is refused; rows another transaction holds are skipped, batches are bounded."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices, build_services
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.hold_sweeper import HoldSweeper
from calendar_service.service_layer.bookings import (
    confirm_booking,
    create_booking,
    get_booking,
    hold_booking,
)
from calendar_service.service_layer.commands import BookingAction
from calendar_service.service_layer.hold_expiry import expire_holds
from calendar_service.service_layer.stock import create_stock_item

from .scenarios import Clock, chairs, organizer, wedding
from .test_booking_updates import activity_of
from .test_events import outbox_of


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def wired(services: CalendarServices, clock: Clock) -> CalendarServices:
    return build_services(services.settings, services.engine, services.sessions, clock=clock)


async def test_a_hold_that_ran_out_is_recorded_announced_and_frees_its_stock(
    wired: CalendarServices, clock: Clock
) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me, quantity=100), wired.deps)
    held = await create_booking(wedding(me, (str(item.id), 100)), wired.deps)
    await hold_booking(BookingAction(me, str(held.id), until=clock.now + timedelta(hours=2)), wired.deps)
    rival = await create_booking(wedding(me, (str(item.id), 100)), wired.deps)

    assert await expire_holds(wired.deps) == 0  # still live
    clock.advance(timedelta(hours=2))
    assert await expire_holds(wired.deps) == 1

    expired = await get_booking(me, str(held.id), wired.deps)
    assert expired.status is BookingStatus.HOLD_EXPIRED
    action, _ = (await activity_of(wired, str(held.id)))[-1]
    assert action == "hold_expired"
    last = (await outbox_of(wired, str(held.id)))[-1]
    assert (last["type"], last["payload"]["actor_id"]) == ("calendar.booking.hold_expired", None)
    days = await outbox_of(wired, str(me.user_id))
    assert days[-1]["payload"]["items"] == []  # nothing in use that day any more
    confirmed = await confirm_booking(BookingAction(me, str(rival.id)), wired.deps)
    assert confirmed.status is BookingStatus.CONFIRMED
    assert await expire_holds(wired.deps) == 0  # recorded once


@pytest.mark.parametrize("swept", [False, True])
async def test_confirming_an_expired_hold_is_refused_until_it_is_held_again(
    wired: CalendarServices, clock: Clock, swept: bool
) -> None:
    me = organizer()
    booking = await create_booking(wedding(me), wired.deps)
    await hold_booking(BookingAction(me, str(booking.id), until=clock.now + timedelta(hours=1)), wired.deps)
    clock.advance(timedelta(hours=1, seconds=1))
    if swept:
        await expire_holds(wired.deps)
    with pytest.raises(CalendarError) as refused:
        await confirm_booking(BookingAction(me, str(booking.id)), wired.deps)
    assert refused.value.code == CalendarErrorCode.HOLD_EXPIRED

    await hold_booking(BookingAction(me, str(booking.id)), wired.deps)
    confirmed = await confirm_booking(BookingAction(me, str(booking.id)), wired.deps)
    assert confirmed.status is BookingStatus.CONFIRMED


async def test_the_sweep_goes_in_bounded_batches_until_none_is_left(
    wired: CalendarServices, clock: Clock
) -> None:
    me = organizer()
    for _ in range(5):
        booking = await create_booking(wedding(me), wired.deps)
        await hold_booking(
            BookingAction(me, str(booking.id), until=clock.now + timedelta(minutes=5)), wired.deps
        )
    clock.advance(timedelta(minutes=5))
    assert await expire_holds(wired.deps, batch=2) == 2
    assert await HoldSweeper(wired.deps, every_seconds=0, batch=2).sweep() == 3


async def test_the_running_sweeper_records_holds_and_stops(wired: CalendarServices, clock: Clock) -> None:
    me = organizer()
    booking = await create_booking(wedding(me), wired.deps)
    await hold_booking(BookingAction(me, str(booking.id), until=clock.now + timedelta(minutes=1)), wired.deps)
    clock.advance(timedelta(minutes=1))
    sweeper = HoldSweeper(wired.deps, every_seconds=3600)
    await sweeper.start()
    try:
        await asyncio.wait_for(sweeper.passed.wait(), timeout=60)
    finally:
        await sweeper.stop()
    assert (await get_booking(me, str(booking.id), wired.deps)).status is BookingStatus.HOLD_EXPIRED


async def test_a_hold_being_changed_elsewhere_is_skipped_not_waited_for(
    committing_services: CalendarServices,
) -> None:
    clock = Clock()
    services = build_services(committing_services.settings, committing_services.engine, None, clock=clock)
    me = organizer()
    booking = await create_booking(wedding(me, hold_until=clock.now + timedelta(minutes=1)), services.deps)
    clock.advance(timedelta(minutes=1))
    async with services.engine.connect() as other:
        await other.execute(sa.text("SELECT id FROM bookings WHERE id = :id FOR UPDATE"), {"id": booking.id})
        await expire_holds(services.deps)
        assert (await get_booking(me, str(booking.id), services.deps)).status is BookingStatus.TENTATIVE
        await other.rollback()
    await expire_holds(services.deps)
    assert (await get_booking(me, str(booking.id), services.deps)).status is BookingStatus.HOLD_EXPIRED
