"""Availability over a range of days: each item's free quantity per day (composites through their
parts; damaged and lost units are not usable), the days it is short, and the capacity per day."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from servicekit.auth import Caller

from calendar_service.domain import booking_checks as check
from calendar_service.domain.availability import Availability, ItemAvailability, composite_day
from calendar_service.domain.capacity import CapacityDay
from calendar_service.domain.days import days_between
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.peak import ItemDay
from calendar_service.domain.stock import StockItem
from calendar_service.domain.vocabulary import CapacityUnit
from calendar_service.service_layer.authorization import Operation
from calendar_service.service_layer.booking_loading import owner_for
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork

MAX_DAYS = 366
Code = CalendarErrorCode


async def availability(
    caller: Caller,
    first_day: date,
    last_day: date,
    item_ids: list[str] | None,
    organizer_id: str | None,
    deps: UseCaseDependencies,
) -> Availability:
    owner = owner_for(caller, organizer_id, Operation.READ_AVAILABILITY)
    if last_day < first_day:
        raise CalendarError(Code.INVALID_DATE_RANGE, "The range ends before it starts.", "lastDay")
    if (last_day - first_day).days >= MAX_DAYS:
        raise CalendarError(Code.RANGE_TOO_LONG, f"Ask for at most {MAX_DAYS} days.", "lastDay")
    async with deps.unit_of_work() as uow:
        items = await _chosen(uow, owner, item_ids)
        now = deps.clock()
        days = await item_days(uow, items, first_day, last_day, now)
        capacity = await capacity_days(uow, owner, first_day, last_day, now)
    chosen = [i for i in items.values() if item_ids is None or str(i.id) in _normalised(item_ids)]
    return Availability(
        first_day,
        last_day,
        [ItemAvailability(item, days[item.id]) for item in chosen],
        capacity,
    )


def _normalised(item_ids: list[str]) -> set[str]:
    return {str(check.stock_item_id(raw, f"itemIds.{i}")) for i, raw in enumerate(item_ids)}


async def _chosen(
    uow: CalendarUnitOfWork, owner: uuid.UUID, item_ids: list[str] | None
) -> dict[uuid.UUID, StockItem]:
    """The items asked for (all by default) and the parts of the composites among them."""
    everything = await uow.stock.all_of(owner)
    if item_ids is None:
        return everything
    wanted = [check.stock_item_id(raw, f"itemIds.{i}") for i, raw in enumerate(item_ids)]
    for index, item_id in enumerate(wanted):
        if item_id not in everything:
            raise CalendarError(Code.UNKNOWN_STOCK_ITEM, "No such stock item.", f"itemIds.{index}")
    parts = {p.item_id for i in wanted for p in everything[i].parts}
    return {k: v for k, v in everything.items() if k in set(wanted) | parts}


async def item_days(
    uow: CalendarUnitOfWork, items: dict[uuid.UUID, StockItem], first: date, last: date, now: datetime
) -> dict[uuid.UUID, list[ItemDay]]:
    """Each item's use on each day first..last (composites from their parts' days, which `items`
    must hold too)."""
    plain = [i for i in items.values() if not i.is_composite]
    days = list(days_between(first, last))
    found: dict[uuid.UUID, list[ItemDay]] = {}
    if plain:
        owner = plain[0].organizer_id
        peaks = await uow.day_loads.item_peaks(owner, [i.id for i in plain], first, last, live_at=now)
        for item in plain:
            found[item.id] = [
                ItemDay(str(item.id), item.name, item.unit, day, item.usable, *peaks.on(item.id, day))
                for day in days
            ]
    for item in items.values():
        if item.is_composite:
            found[item.id] = [
                composite_day(item, day, {p.item_id: found[p.item_id][n] for p in item.parts})
                for n, day in enumerate(days)
            ]
    return found


async def capacity_days(
    uow: CalendarUnitOfWork, owner: uuid.UUID, first: date, last: date, now: datetime
) -> list[CapacityDay]:
    """The capacity per day over first..last, and what confirmed bookings and live holds take of it."""
    capacity = await uow.stock.capacity(owner)
    if capacity is None:
        return []
    by_guests = capacity.unit is CapacityUnit.GUESTS
    counts = await uow.day_loads.capacity_counts(owner, first, last, by_guests=by_guests, live_at=now)
    return [CapacityDay(day, capacity, *counts.on(None, day)) for day in days_between(first, last)]
