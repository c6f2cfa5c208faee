"""calendar.availability.changed: after a change, the organizer's load on each day it touched, for
the items the booking reserves (peak units at once) and the capacity per day; after a change of the
usable stock, on each day ahead that uses the items changed. Never client details."""

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
from calendar_service.domain.stock import StockItem, explode
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
    reserved: dict[uuid.UUID, StockItem] | None = None,
) -> None:
    """One event per local day of `schedule`: the load of the items `booking` (and `also`, the
    booking as it was before an edit of its items) reserves, and of the capacity per day if set.
    `reserved`: those plain items when the caller has them already (the stock guard locked them)."""
    organizer = booking.organizer_id
    wanted = wanted_of(booking) | (wanted_of(also) if also is not None else {})
    capacity_set = await uow.stock.capacity(organizer) is not None
    if not wanted and not capacity_set:
        return
    items = reserved if reserved is not None and also is None else await _plain_items(uow, booking, wanted)
    days = days_touched(schedule.setup_starts_at, schedule.teardown_ends_at)
    loads = await item_days(uow, items, days[0], days[-1], now)
    capacity = {d.day: d for d in await capacity_days(uow, organizer, days[0], days[-1], now)}
    for index, day in enumerate(days):
        per_item = [_item_load(item, loads[item.id][index]) for item in sorted(items.values(), key=_by_name)]
        uow.publish(availability_changed(organizer, day, per_item, _capacity_load(capacity.get(day)), now))


async def announce_stock_change(
    uow: CalendarUnitOfWork, organizer_id: uuid.UUID, item_ids: Iterable[uuid.UUID], now: datetime
) -> None:
    """After the usable count of plain items changed (recount, repair, damage or loss at a return):
    one event per local day from today on that confirmed bookings or live holds use any of them, with
    the load of every plain item in use that day and of the capacity per day. A day on which nobody
    uses an item has all of it free whatever its count, so its state does not change (decision 0048)."""
    changed = set(item_ids)
    uses = await uow.bookings.uses(changed, now, now + check.HORIZON, IN_USE, live_at=now)
    today = local_day(now)
    touched = {d for found in uses.values() for u in found for d in days_touched(u.starts_at, u.ends_at)}
    days = sorted(d for d in touched if d >= today)
    if not days:
        return
    plain = {k: v for k, v in (await uow.stock.all_of(organizer_id)).items() if not v.is_composite}
    loads = await item_days(uow, plain, days[0], days[-1], now)
    capacity = {d.day: d for d in await capacity_days(uow, organizer_id, days[0], days[-1], now)}
    for day in days:
        per_item = [
            _item_load(item, use)
            for item in sorted(plain.values(), key=_by_name)
            if (use := _on(loads[item.id], day, days[0])).confirmed or use.held or item.id in changed
        ]
        uow.publish(availability_changed(organizer_id, day, per_item, _capacity_load(capacity.get(day)), now))


def _on(days: list[ItemDay], day: date, first: date) -> ItemDay:
    return days[(day - first).days]


async def _plain_items(
    uow: CalendarUnitOfWork, booking: Booking, wanted: dict[uuid.UUID, int]
) -> dict[uuid.UUID, StockItem]:
    named = await uow.stock.of_organizer(booking.organizer_id, wanted)
    return await uow.stock.of_organizer(booking.organizer_id, explode(wanted, named).keys())


def _by_name(item: StockItem) -> str:
    return item.name.lower()


def _item_load(item: StockItem, use: ItemDay) -> dict[str, Any]:
    return {
        "stock_item_id": item.id,
        "name": item.name,
        "unit": item.unit,
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
