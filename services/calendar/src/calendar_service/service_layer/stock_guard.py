"""The stock invariant: confirmed bookings never use more of an item than is usable at any moment.

Every change to what is confirmed of an item (confirming, rescheduling or changing the items of a
confirmed booking) first locks the rows of the plain items it reserves, in id order, inside its unit
of work, and only then reads what other confirmed bookings hold (docs/decisions/0018). Two such
transactions wanting the same item take turns; the second sees the first's committed reservation.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from calendar_service.domain.booking import Booking
from calendar_service.domain.capacity import UNIT_NAMES, DayUse, counted, per_day
from calendar_service.domain.days import day_start, days_touched, local_day
from calendar_service.domain.errors import CalendarError, CalendarErrorCode, StockShortage
from calendar_service.domain.load import Use, peak
from calendar_service.domain.stock import BookingRef, DailyCapacity, Shortage, StockItem, explode
from calendar_service.domain.vocabulary import BookingStatus, CapacityUnit
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork

CONFIRMED = frozenset({BookingStatus.CONFIRMED})


def wanted_of(booking: Booking) -> dict[uuid.UUID, int]:
    wanted: dict[uuid.UUID, int] = {}
    for line in booking.stock_lines():
        assert line.stock_item_id is not None
        wanted[line.stock_item_id] = wanted.get(line.stock_item_id, 0) + line.quantity
    return wanted


async def planned(uow: CalendarUnitOfWork, booking: Booking) -> dict[uuid.UUID, int]:
    """What the booking reserves of plain items (its composites' parts)."""
    wanted = wanted_of(booking)
    return explode(wanted, await uow.stock.of_organizer(booking.organizer_id, wanted))


async def reserve(uow: CalendarUnitOfWork, booking: Booking) -> dict[uuid.UUID, int]:
    """Write what the booking reserves of plain items; return it."""
    plain = await planned(uow, booking)
    await uow.bookings.reserve(booking.id, plain)
    return plain


async def shortages(
    uow: CalendarUnitOfWork, booking: Booking, plain: dict[uuid.UUID, int], now: datetime, *, lock: bool
) -> list[Shortage]:
    """What would be short if `booking` were confirmed; with `lock`, the items' rows stay locked until
    the unit of work ends (the caller then writes the confirmation under that lock)."""
    if not plain:
        return []
    fetch = uow.stock.lock if lock else uow.stock.of_organizer
    items: dict[uuid.UUID, StockItem] = await fetch(booking.organizer_id, plain)
    window = booking.schedule
    held = await uow.bookings.uses(
        plain, window.setup_starts_at, window.teardown_ends_at, CONFIRMED, live_at=now, excluding=booking.id
    )
    return items_short(booking, plain, items, held)


def items_short(
    booking: Booking,
    plain: dict[uuid.UUID, int],
    items: dict[uuid.UUID, StockItem],
    held: dict[uuid.UUID, list[Use[BookingRef]]],
) -> list[Shortage]:
    """The items `plain` wants of which too little is free in the booking's window, given what other
    confirmed bookings hold (`held` may hold uses outside the window, never the booking's own)."""
    window = booking.schedule
    found: list[Shortage] = []
    for item_id in sorted(plain):
        item = items[item_id]
        top = peak(held.get(item_id, []), window.setup_starts_at, window.teardown_ends_at)
        available = max(0, item.usable - top.load)
        if plain[item_id] > available:
            at = top.at or window.setup_starts_at
            found.append(
                Shortage(
                    item_id, item.name, item.unit, at, local_day(at), plain[item_id], available, top.holders
                )
            )
    return found


async def capacity_shortages(
    uow: CalendarUnitOfWork, booking: Booking, now: datetime, *, lock: bool
) -> list[Shortage]:
    """The days on which `booking` would pass the organizer's capacity per day (none when they set
    none); with `lock`, the capacity row stays locked until the unit of work ends."""
    capacity = await uow.stock.capacity(booking.organizer_id, lock=lock)
    if capacity is None:
        return []
    require_guests(capacity, booking)
    s = booking.schedule
    uses = await uow.bookings.day_uses(
        booking.organizer_id, s.starts_at, s.ends_at, CONFIRMED, live_at=now, excluding=booking.id
    )
    return days_short(booking, capacity, uses)


def require_guests(capacity: DailyCapacity, booking: Booking) -> None:
    if capacity.unit is CapacityUnit.GUESTS and booking.guest_count is None:
        raise CalendarError(
            CalendarErrorCode.INVALID_GUEST_COUNT,
            "Give the number of guests: your capacity counts guests per day.",
            "guestCount",
        )


def days_short(booking: Booking, capacity: DailyCapacity, uses: list[DayUse]) -> list[Shortage]:
    """The booking's event days on which other confirmed bookings overlapping its event (`uses` may
    hold others, never the booking itself) leave too little of the capacity."""
    s = booking.schedule
    taken = per_day(capacity, [u for u in uses if u.starts_at < s.ends_at and u.ends_at > s.starts_at])
    wanted = counted(capacity, booking.guest_count)
    found: list[Shortage] = []
    for day in days_touched(s.starts_at, s.ends_at):
        used, holders = taken.get(day, (0, []))
        available = max(0, capacity.per_day - used)
        if wanted > available:
            name = UNIT_NAMES[capacity.unit]
            at = max(day_start(day), s.starts_at)
            found.append(
                Shortage(None, name, capacity.unit.value, at, day, wanted, available, tuple(holders))
            )
    return found


async def ensure_fits(uow: CalendarUnitOfWork, booking: Booking, now: datetime) -> None:
    """Lock the organizer's capacity row (if any), then the booking's items and their parts, and
    refuse if it does not fit: CAPACITY_EXCEEDED when only the capacity per day is short, else
    STOCK_SHORTAGE, with every item and day short. Always in that order (capacity, then items by id):
    no lock cycles.

    The lock comes before writing the reservations: their foreign keys take a share lock on the
    item rows, and two transactions each holding one and wanting the row for update would deadlock."""
    days_short_ = await capacity_shortages(uow, booking, now, lock=True)
    wanted = wanted_of(booking)
    locked = await uow.stock.lock_with_parts(booking.organizer_id, wanted) if wanted else {}
    plain = explode(wanted, locked)
    items_short_: list[Shortage] = []
    if plain:
        s = booking.schedule
        held = await uow.bookings.uses(
            plain, s.setup_starts_at, s.teardown_ends_at, CONFIRMED, live_at=now, excluding=booking.id
        )
        items_short_ = items_short(booking, plain, locked, held)
    if items_short_:
        raise StockShortage(days_short_ + items_short_)
    if days_short_:
        raise StockShortage(days_short_, CalendarErrorCode.CAPACITY_EXCEEDED)
    await uow.bookings.reserve(booking.id, plain)
