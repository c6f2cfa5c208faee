"""What a booking shows beyond its own fields: its activity, its reschedules, and what confirming it
now would find short (a tentative hold beyond stock is allowed, and flagged by this)."""

from __future__ import annotations

from dataclasses import dataclass

from servicekit.auth import Caller

from calendar_service.domain.activity import ActivityEntry
from calendar_service.domain.booking import OPEN, ScheduleChange
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.stock import Shortage
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.service_layer.authorization import Operation
from calendar_service.service_layer.booking_loading import booking_for
from calendar_service.service_layer.booking_search import PAGE_CAP, page_offset
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.stock_guard import capacity_shortages, planned, shortages


@dataclass(frozen=True)
class ActivityPage:
    items: list[ActivityEntry]
    total: int
    next_cursor: str | None


async def activity(
    caller: Caller, booking_id: str, first: int, after: str | None, deps: UseCaseDependencies
) -> ActivityPage:
    if not 1 <= first <= PAGE_CAP:
        raise CalendarError(CalendarErrorCode.INVALID_PAGE_SIZE, f"Ask for 1 to {PAGE_CAP}.", "first")
    offset = page_offset(after)
    async with deps.unit_of_work() as uow:
        booking, _ = await booking_for(uow, caller, booking_id, Operation.READ_BOOKING, for_update=False)
        items, total = await uow.bookings.activity(booking.id, offset=offset, limit=first)
    following = offset + len(items)
    return ActivityPage(items, total, str(following) if following < total else None)


async def schedule_history(
    caller: Caller, booking_id: str, deps: UseCaseDependencies
) -> list[ScheduleChange]:
    async with deps.unit_of_work() as uow:
        booking, _ = await booking_for(uow, caller, booking_id, Operation.READ_BOOKING, for_update=False)
        return await uow.bookings.schedule_changes(booking.id)


async def booking_shortages(caller: Caller, booking_id: str, deps: UseCaseDependencies) -> list[Shortage]:
    """What confirming (or keeping confirmed) the booking now would find short; none once closed.
    Read without locks: an answer for the screen, not a promise (confirming checks under lock)."""
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        booking, _ = await booking_for(uow, caller, booking_id, Operation.READ_BOOKING, for_update=False)
        if booking.status_at(now) not in OPEN or booking.status_at(now) is BookingStatus.HOLD_EXPIRED:
            return []
        try:
            days = await capacity_shortages(uow, booking, now, lock=False)
        except CalendarError:
            days = []  # a GUESTS capacity and no guest count: confirming says so
        return days + await shortages(uow, booking, await planned(uow, booking), now, lock=False)
