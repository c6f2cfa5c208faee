"""What a booking shows beyond its own fields: its activity, its reschedules, and what confirming it
now would find short (a tentative hold beyond stock is allowed, and flagged by this).

Each read takes many bookings at once (the graph's dataloaders gather a request's bookings): a month
of 200 holds asks for their shortages in a handful of statements, not 200 units of work. The answer
for each id is its value or the error that id alone meets (NOT_FOUND, FORBIDDEN)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from servicekit.auth import Caller
from servicekit.errors import DomainError

from calendar_service.domain.activity import ActivityEntry
from calendar_service.domain.booking import OPEN, Booking, ScheduleChange
from calendar_service.domain.errors import CalendarError, CalendarErrorCode, not_found
from calendar_service.domain.stock import Shortage, explode
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.service_layer.authorization import Operation, authorize
from calendar_service.service_layer.booking_search import PAGE_CAP, page_offset
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.stock_guard import (
    CONFIRMED,
    days_short,
    items_short,
    require_guests,
    wanted_of,
)
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork

Found = dict[str, Booking | DomainError]


@dataclass(frozen=True)
class ActivityPage:
    items: list[ActivityEntry]
    total: int
    next_cursor: str | None


async def readable(uow: CalendarUnitOfWork, caller: Caller, booking_ids: list[str]) -> Found:
    """Each id's booking, or why the caller may not read it."""
    parsed: dict[str, uuid.UUID] = {}
    for raw in booking_ids:
        try:
            parsed[raw] = uuid.UUID(raw)
        except ValueError:
            continue
    loaded = await uow.bookings.many(parsed.values())
    found: Found = {}
    for raw in booking_ids:
        if raw not in parsed:
            found[raw] = not_found("booking", "id")
            continue
        booking = loaded.get(parsed[raw])
        if booking is None:
            found[raw] = not_found()
            continue
        try:
            authorize(caller, Operation.READ_BOOKING, owner_id=str(booking.organizer_id))
            found[raw] = booking
        except DomainError as refused:
            found[raw] = refused
    return found


async def activities(
    caller: Caller, booking_ids: list[str], first: int, after: str | None, deps: UseCaseDependencies
) -> list[ActivityPage | DomainError]:
    """Each booking's activity page (newest first), read together."""
    if not 1 <= first <= PAGE_CAP:
        raise CalendarError(CalendarErrorCode.INVALID_PAGE_SIZE, f"Ask for 1 to {PAGE_CAP}.", "first")
    offset = page_offset(after)
    async with deps.unit_of_work() as uow:
        found = await readable(uow, caller, booking_ids)
        ids = [b.id for b in found.values() if isinstance(b, Booking)]
        pages = await uow.bookings.activities(ids, offset=offset, limit=first) if ids else {}
    answers: list[ActivityPage | DomainError] = []
    for raw in booking_ids:
        booking = found[raw]
        if not isinstance(booking, Booking):
            answers.append(booking)
            continue
        items, total = pages[booking.id]
        following = offset + len(items)
        answers.append(ActivityPage(items, total, str(following) if following < total else None))
    return answers


async def schedule_histories(
    caller: Caller, booking_ids: list[str], deps: UseCaseDependencies
) -> list[list[ScheduleChange] | DomainError]:
    async with deps.unit_of_work() as uow:
        found = await readable(uow, caller, booking_ids)
        ids = [b.id for b in found.values() if isinstance(b, Booking)]
        changes = await uow.bookings.schedule_changes_of(ids) if ids else {}
    return [b if not isinstance(b, Booking) else changes[b.id] for b in (found[i] for i in booking_ids)]


async def bookings_shortages(
    caller: Caller, booking_ids: list[str], deps: UseCaseDependencies
) -> list[list[Shortage] | DomainError]:
    """What confirming (or keeping confirmed) each booking now would find short; none once closed.
    Read without locks: an answer for the screen, not a promise (confirming checks under lock).
    One organizer's bookings share one read of their items, of what is confirmed over the span of
    their windows, and of the capacity per day."""
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        found = await readable(uow, caller, booking_ids)
        checked = [b for b in found.values() if isinstance(b, Booking) and _checked(b, now)]
        short: dict[uuid.UUID, list[Shortage]] = {}
        by_organizer: dict[uuid.UUID, list[Booking]] = defaultdict(list)
        for booking in {b.id: b for b in checked}.values():
            by_organizer[booking.organizer_id].append(booking)
        for organizer_bookings in by_organizer.values():
            short |= await _organizer_shortages(uow, organizer_bookings, now)
    return [b if not isinstance(b, Booking) else short.get(b.id, []) for b in (found[i] for i in booking_ids)]


def _checked(booking: Booking, now: datetime) -> bool:
    status = booking.status_at(now)
    return status in OPEN and status is not BookingStatus.HOLD_EXPIRED


async def _organizer_shortages(
    uow: CalendarUnitOfWork, bookings: list[Booking], now: datetime
) -> dict[uuid.UUID, list[Shortage]]:
    owner = bookings[0].organizer_id
    items = await uow.stock.all_of(owner)
    plans = {b.id: explode(wanted_of(b), items) for b in bookings}
    item_ids = {i for plan in plans.values() for i in plan}
    starts = min(b.schedule.setup_starts_at for b in bookings)
    ends = max(b.schedule.teardown_ends_at for b in bookings)
    held = await uow.bookings.uses(item_ids, starts, ends, CONFIRMED, live_at=now) if item_ids else {}
    capacity = await uow.stock.capacity(owner)
    day_uses = []
    if capacity is not None:
        first = min(b.schedule.starts_at for b in bookings)
        last = max(b.schedule.ends_at for b in bookings)
        day_uses = await uow.bookings.day_uses(owner, first, last, CONFIRMED, live_at=now)
    found: dict[uuid.UUID, list[Shortage]] = {}
    for booking in bookings:
        others = {i: [u for u in held.get(i, []) if u.holder.id != booking.id] for i in plans[booking.id]}
        days: list[Shortage] = []
        if capacity is not None:
            try:
                require_guests(capacity, booking)
                days = days_short(booking, capacity, [u for u in day_uses if u.holder.id != booking.id])
            except CalendarError:
                days = []  # a GUESTS capacity and no guest count: confirming says so
        found[booking.id] = days + items_short(booking, plans[booking.id], items, others)
    return found
