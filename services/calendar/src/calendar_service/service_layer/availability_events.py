"""calendar.availability.changed: after a change, the organizer's load on each day it touched, for
the items the booking reserves (peak units at once). Never client details."""

from __future__ import annotations

from datetime import datetime, timedelta

from calendar_service.domain.booking import Booking, Schedule
from calendar_service.domain.days import day_start, days_touched
from calendar_service.domain.load import peak
from calendar_service.domain.stock import explode
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.service_layer.events import availability_changed
from calendar_service.service_layer.stock_guard import wanted_of
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork

CONFIRMED = frozenset({BookingStatus.CONFIRMED})
HELD = frozenset({BookingStatus.TENTATIVE})


async def announce_days(
    uow: CalendarUnitOfWork,
    booking: Booking,
    schedule: Schedule,
    now: datetime,
    *,
    also: Booking | None = None,
) -> None:
    """One event per local day of `schedule`, for the items `booking` (and `also`, the booking as it
    was before an edit of its items) reserves."""
    wanted = wanted_of(booking) | (wanted_of(also) if also is not None else {})
    if not wanted:
        return
    stock = uow.stock
    plain_ids = explode(wanted, await stock.of_organizer(booking.organizer_id, wanted)).keys()
    items = await stock.of_organizer(booking.organizer_id, plain_ids)
    start, end = schedule.setup_starts_at, schedule.teardown_ends_at
    confirmed = await uow.bookings.uses(plain_ids, start, end, CONFIRMED, live_at=now)
    held = await uow.bookings.uses(plain_ids, start, end, HELD, live_at=now)
    for day in days_touched(start, end):
        first, last = day_start(day), day_start(day) + timedelta(days=1)
        loads = []
        for item in sorted(items.values(), key=lambda i: i.name):
            used = peak(confirmed.get(item.id, []), first, last).load
            holding = peak(held.get(item.id, []), first, last).load
            loads.append(
                {
                    "stock_item_id": item.id,
                    "name": item.name,
                    "unit": item.unit,
                    "usable": item.usable,
                    "confirmed": used,
                    "held": holding,
                    "free": max(0, item.usable - used),
                }
            )
        uow.publish(availability_changed(booking.organizer_id, day, loads, None, now))
