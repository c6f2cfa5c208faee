"""Editing an open booking: its details, amounts or line items. Changed items of a confirmed booking
are checked against stock under the same row locks as a confirmation (stock_guard)."""

from __future__ import annotations

from contracts import calendar as c

from calendar_service.domain.activity import ActivityAction, ActivityEntry
from calendar_service.domain.booking import Booking
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.service_layer.authorization import Operation
from calendar_service.service_layer.availability_events import announce_days
from calendar_service.service_layer.booking_edits import apply_update, changes_between, same_lines
from calendar_service.service_layer.booking_loading import booking_for
from calendar_service.service_layer.commands import UpdateBooking
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.events import booking_event
from calendar_service.service_layer.stock_guard import ensure_fits, reserve


async def update_booking(command: UpdateBooking, deps: UseCaseDependencies) -> Booking:
    """Refused for a completed or cancelled booking (BOOKING_CLOSED) and, given an expected version,
    for one changed since (STALE_VERSION). Items, totals or advance changed: items_changed."""
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        booking, caller_id = await booking_for(
            uow, command.caller, command.booking_id, Operation.UPDATE_BOOKING
        )
        booking.ensure_editable(now)
        if command.expected_version is not None and command.expected_version != booking.version:
            raise CalendarError(
                CalendarErrorCode.STALE_VERSION,
                "The booking changed since you opened it: reload it and edit again.",
                "expectedVersion",
            )
        before = booking.copy()
        await apply_update(uow, booking, command)
        changes = changes_between(before, booking)
        if not changes:
            return booking
        lines_changed = not same_lines(before.line_items, booking.line_items)
        load_changed = lines_changed or before.guest_count != booking.guest_count
        if load_changed and booking.status_at(now) is BookingStatus.CONFIRMED:
            await ensure_fits(uow, booking, now)
        elif lines_changed:
            await reserve(uow, booking)
        booking.touch(now)
        await uow.bookings.save(booking, lines_changed=lines_changed)
        action = ActivityAction.ITEMS_CHANGED if lines_changed else ActivityAction.UPDATED
        await uow.bookings.record(booking.id, ActivityEntry(now, caller_id, action, changes))
        money = (before.agreed_total_paise, before.advance_paise) != (
            booking.agreed_total_paise,
            booking.advance_paise,
        )
        if lines_changed or money:
            uow.publish(booking_event(c.BOOKING_ITEMS_CHANGED, booking, caller_id, now))
        if load_changed:
            await announce_days(uow, booking, booking.schedule, now, also=before)
        await uow.commit()
    return booking
