"""Bad input gets a typed error with a stable code, and nothing is half-written."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices, build_services
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.service_layer.bookings import (
    cancel_booking,
    confirm_booking,
    create_booking,
    hold_booking,
)
from calendar_service.service_layer.commands import BookingAction, ScheduleDraft
from calendar_service.service_layer.stock import create_stock_item
from servicekit.errors import DomainError, Forbidden, InvalidInput

from .scenarios import WEDDING_DAY, chairs, organizer, wedding

Code = CalendarErrorCode


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def wired(services: CalendarServices, clock: Clock) -> CalendarServices:
    return build_services(services.settings, services.engine, services.sessions, clock=clock)


async def bookings_count(services: CalendarServices) -> int:
    async with services.sessions() as session:
        return int(await session.scalar(sa.text("SELECT count(*) FROM bookings")) or 0)


def codes(error: DomainError) -> set[tuple[str, str | None]]:
    found = error.errors if isinstance(error, InvalidInput) else [error]
    return {(e.code, e.field) for e in found}


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        (ScheduleDraft(WEDDING_DAY, WEDDING_DAY - timedelta(hours=1)), (Code.END_BEFORE_START, "endsAt")),
        (
            ScheduleDraft(
                WEDDING_DAY,
                WEDDING_DAY + timedelta(hours=2),
                setup_starts_at=WEDDING_DAY + timedelta(hours=1),
            ),
            (Code.SETUP_AFTER_START, "setupStartsAt"),
        ),
        (
            ScheduleDraft(
                WEDDING_DAY + timedelta(days=6 * 365), WEDDING_DAY + timedelta(days=6 * 365, hours=2)
            ),
            (Code.DATE_OUT_OF_RANGE, "startsAt"),
        ),
        (
            ScheduleDraft(
                WEDDING_DAY.replace(tzinfo=None), WEDDING_DAY.replace(tzinfo=None) + timedelta(hours=2)
            ),
            (Code.DATE_OUT_OF_RANGE, "startsAt"),
        ),
    ],
)
async def test_impossible_schedules_are_refused_and_nothing_is_written(
    wired: CalendarServices, schedule: ScheduleDraft, expected: tuple[str, str]
) -> None:
    before = await bookings_count(wired)
    command = dataclasses.replace(wedding(organizer()), schedule=schedule)
    with pytest.raises(DomainError) as refusal:
        await create_booking(command, wired.deps)
    assert expected in codes(refusal.value)
    assert await bookings_count(wired) == before


async def test_another_organizers_stock_item_is_unknown(wired: CalendarServices) -> None:
    theirs = await create_stock_item(chairs(organizer()), wired.deps)
    with pytest.raises(CalendarError) as refusal:
        await create_booking(wedding(organizer(), (str(theirs.id), 10)), wired.deps)
    assert codes(refusal.value) == {(Code.UNKNOWN_STOCK_ITEM, "lineItems.0.stockItemId")}


async def test_another_organizers_booking_id_is_forbidden(wired: CalendarServices) -> None:
    booking = await create_booking(wedding(organizer()), wired.deps)
    with pytest.raises(Forbidden):
        await confirm_booking(BookingAction(organizer(), str(booking.id)), wired.deps)


async def test_a_cancelled_booking_cannot_change_again(wired: CalendarServices) -> None:
    me = organizer()
    booking = await create_booking(wedding(me), wired.deps)
    await cancel_booking(BookingAction(me, str(booking.id), reason="Date moved by the family"), wired.deps)
    for action in (confirm_booking, hold_booking):
        with pytest.raises(CalendarError) as refusal:
            await action(BookingAction(me, str(booking.id)), wired.deps)
        assert refusal.value.code == Code.BOOKING_CLOSED


async def test_confirming_an_expired_hold_is_refused(wired: CalendarServices, clock: Clock) -> None:
    me = organizer()
    booking = await create_booking(wedding(me), wired.deps)
    await hold_booking(BookingAction(me, str(booking.id), until=clock.now + timedelta(hours=2)), wired.deps)
    clock.now += timedelta(hours=3)
    with pytest.raises(CalendarError) as refusal:
        await confirm_booking(BookingAction(me, str(booking.id)), wired.deps)
    assert refusal.value.code == Code.HOLD_EXPIRED


async def test_zero_quantities_malformed_phones_and_pins_are_each_named(wired: CalendarServices) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me), wired.deps)
    command = wedding(me, (str(item.id), 0))
    command = dataclasses.replace(
        command,
        venue=dataclasses.replace(command.venue, pin_code="50003"),
        client=dataclasses.replace(command.client, phones=["98480", "+91 98480 22338"]),
    )
    with pytest.raises(InvalidInput) as refusal:
        await create_booking(command, wired.deps)
    assert codes(refusal.value) == {
        (Code.INVALID_QUANTITY, "lineItems.0.quantity"),
        (Code.INVALID_PIN_CODE, "venue.pinCode"),
        (Code.INVALID_PHONE, "client.phones.0"),
    }
