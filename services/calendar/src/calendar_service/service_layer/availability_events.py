"""calendar.availability.changed: after a change, the organizer's load on each day it touched (the
days of a booking; after a change of the usable stock, each day ahead that uses the items changed):
every item in use that day (peak units at once) and the capacity per day. Never client details."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from calendar_service.domain import booking_checks as check
from calendar_service.domain.booking import Booking, Schedule
from calendar_service.domain.capacity import CapacityDay
from calendar_service.domain.days import days_touched, local_day
from calendar_service.domain.peak import ItemDay
from calendar_service.domain.stock import StockItem
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.service_layer.availability import capacity_days, item_days
from calendar_service.service_layer.events import availability_changed
from calendar_service.service_layer.stock_guard import wanted_of
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork

IN_USE = frozenset({BookingStatus.CONFIRMED, BookingStatus.TENTATIVE})


async def announce_days(
    uow: CalendarUnitOfWork,
    booking: Booking,
    schedule: Schedule,
    now: datetime,
    *,
    also: Booking | None = None,
) -> None:
    """One event per local day of `schedule`, if `booking` (or `also`, the booking as it was before an
    edit of its items) reserves stock or a capacity per day is set: the day as a whole (`_announce`)."""
    wanted = wanted_of(booking) | (wanted_of(also) if also is not None else {})
    if not wanted and await uow.stock.capacity(booking.organizer_id) is None:
        return
    days = days_touched(schedule.setup_starts_at, schedule.teardown_ends_at)
    await _announce(uow, booking.organizer_id, days, now)


async def announce_stock_change(
    uow: CalendarUnitOfWork, organizer_id: uuid.UUID, item_ids: Iterable[uuid.UUID], now: datetime
) -> None:
    """After the usable count of plain items changed (recount, repair, damage or loss at a return):
    one event per local day from today on that confirmed bookings or live holds use any of them. A day
    on which nobody uses an item has all of it free whatever its count, so its state does not change
    (decision 0048)."""
    uses = await uow.bookings.uses(set(item_ids), now, now + check.HORIZON, IN_USE, live_at=now)
    today = local_day(now)
    touched = {d for found in uses.values() for u in found for d in days_touched(u.starts_at, u.ends_at)}
    await _announce(uow, organizer_id, sorted(d for d in touched if d >= today), now)


async def _announce(
    uow: CalendarUnitOfWork, organizer_id: uuid.UUID, days: list[date], now: datetime
) -> None:
    """Each day as a whole, whichever change announces it: the load of every plain item that confirmed
    bookings or live holds use that day, and of the capacity per day. Each event replaces discovery's
    state of its day, so two changes of one day must describe it alike (decision 0048).

    Under the organizer's announcement lock, taken first: two changes of different items could each
    read the day before the other committed, and the later event would miss the other's items."""
    if not days:
        return
    stamped = await uow.announcements.stamp(organizer_id, now)
    plain = {k: v for k, v in (await uow.stock.all_of(organizer_id)).items() if not v.is_composite}
    loads = await item_days(uow, plain, days[0], days[-1], now)
    capacity = {d.day: d for d in await capacity_days(uow, organizer_id, days[0], days[-1], now)}
    for day in days:
        uses = [_on(loads[item.id], day, days[0]) for item in sorted(plain.values(), key=_by_name)]
        per_item = [_item_load(use) for use in uses if use.confirmed or use.held]
        uow.publish(
            availability_changed(organizer_id, day, per_item, _capacity_load(capacity.get(day)), stamped)
        )


def _on(days: list[ItemDay], day: date, first: date) -> ItemDay:
    return days[(day - first).days]


def _by_name(item: StockItem) -> str:
    return item.name.lower()


def _item_load(use: ItemDay) -> dict[str, Any]:
    return {
        "stock_item_id": use.item_id,
        "name": use.name,
        "unit": use.unit,
        "usable": use.usable,
        "confirmed": use.confirmed,
        "held": use.held,
        "free": use.free,
    }


def _capacity_load(day: CapacityDay | None) -> dict[str, Any] | None:
    if day is None:
        return None
    return {
        "unit": day.capacity.unit.value,
        "per_day": day.capacity.per_day,
        "confirmed": day.confirmed,
        "held": day.held,
        "free": day.free,
    }
