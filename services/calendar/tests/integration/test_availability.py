"""Availability over a range of days: free per item per day, short days, composites through their
parts; bad ranges and someone else's items refused with their codes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from calendar_service.bootstrap import CalendarServices
from calendar_service.domain.days import local_day
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.service_layer.availability import availability
from calendar_service.service_layer.bookings import confirm_booking, create_booking
from calendar_service.service_layer.commands import BookingAction, CreateStockItem
from calendar_service.service_layer.stock import create_stock_item
from servicekit.errors import Forbidden

from .scenarios import WEDDING_DAY, chairs, organizer, wedding

DAY = local_day(WEDDING_DAY)
Code = CalendarErrorCode


async def test_each_day_shows_confirmed_held_free_and_the_short_days(services: CalendarServices) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me, quantity=100), services.deps)
    confirmed = await create_booking(wedding(me, (str(item.id), 60)), services.deps)
    await confirm_booking(BookingAction(me, str(confirmed.id)), services.deps)
    await create_booking(
        wedding(me, (str(item.id), 50), hold_until=WEDDING_DAY - timedelta(days=1)), services.deps
    )

    # The evening wedding's tear-down runs past midnight (India's time) into the next day.
    after = DAY + timedelta(days=1)
    found = await availability(
        me, DAY - timedelta(days=1), after + timedelta(days=1), None, None, services.deps
    )
    [chairs_days] = found.items
    assert [(d.day, d.confirmed, d.held, d.free, d.short) for d in chairs_days.days] == [
        (DAY - timedelta(days=1), 0, 0, 100, False),
        (DAY, 60, 50, 40, True),
        (after, 60, 50, 40, True),
        (after + timedelta(days=1), 0, 0, 100, False),
    ]
    assert chairs_days.short_days == [DAY, after]
    assert found.capacity == []


async def test_a_composite_is_as_free_as_its_scarcest_part(services: CalendarServices) -> None:
    me = organizer()
    poles = await create_stock_item(CreateStockItem(me, "Poles", "pole", quantity=20), services.deps)
    covers = await create_stock_item(CreateStockItem(me, "Covers", "cover", quantity=3), services.deps)
    shamiana = await create_stock_item(
        CreateStockItem(me, "Shamiana", "set", parts=[(str(poles.id), 8), (str(covers.id), 1)]), services.deps
    )
    booking = await create_booking(wedding(me, (str(shamiana.id), 1)), services.deps)
    await confirm_booking(BookingAction(me, str(booking.id)), services.deps)

    found = await availability(me, DAY, DAY, [str(shamiana.id)], None, services.deps)
    [only] = found.items
    assert only.item.id == shamiana.id
    assert [(d.usable, d.free, d.short) for d in only.days] == [(2, 1, False)]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (DAY, DAY - timedelta(days=1), (Code.INVALID_DATE_RANGE, "lastDay")),
        (DAY, DAY + timedelta(days=366), (Code.RANGE_TOO_LONG, "lastDay")),
    ],
)
async def test_bad_ranges_are_refused(services: CalendarServices, first, last, expected) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CalendarError) as refused:
        await availability(organizer(), first, last, None, None, services.deps)
    assert (refused.value.code, refused.value.field) == expected


async def test_another_organizers_items_and_calendar_are_not_shown(services: CalendarServices) -> None:
    me, other = organizer(), organizer()
    theirs = await create_stock_item(chairs(other), services.deps)
    with pytest.raises(CalendarError) as refused:
        await availability(me, DAY, DAY, [str(theirs.id)], None, services.deps)
    assert (refused.value.code, refused.value.field) == (Code.UNKNOWN_STOCK_ITEM, "itemIds.0")
    with pytest.raises(Forbidden):
        await availability(me, DAY, DAY, None, other.user_id, services.deps)
