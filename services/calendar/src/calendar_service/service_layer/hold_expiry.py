"""Holds that ran out: recorded as hold_expired, their stock released, `calendar.booking.hold_expired`
published. A hold counts only while live anyway (stock_guard reads `hold_expires_at > now`), so this
records and announces what already holds; confirming such a booking is refused (HOLD_EXPIRED)."""

from __future__ import annotations

from contracts import calendar as c

from calendar_service.domain.activity import ActivityAction, ActivityEntry
from calendar_service.service_layer.availability_events import announce_days
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.events import booking_event

# Holds recorded per transaction: a bounded batch keeps each transaction (and its locks) short.
BATCH = 100


async def expire_holds(deps: UseCaseDependencies, *, batch: int = BATCH) -> int:
    """Record up to `batch` holds that ran out; the number recorded. Rows another transaction holds
    (an organizer holding the booking again right now) are skipped, not waited for: SKIP LOCKED."""
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        due = await uow.bookings.expired_holds(now, limit=batch)
        # By organizer: each announcement takes its organizer's lock, and two sweeps taking two
        # organizers' locks in opposite orders would deadlock.
        for booking in sorted(due, key=lambda b: b.organizer_id):
            until = booking.hold_expires_at
            booking.expire_hold()
            booking.touch(now)
            await uow.bookings.save(booking, lines_changed=False)
            note = f"held until {until.isoformat()}" if until else None
            await uow.bookings.record(
                booking.id, ActivityEntry(now, None, ActivityAction.HOLD_EXPIRED, note=note)
            )
            uow.publish(booking_event(c.BOOKING_HOLD_EXPIRED, booking, None, now))
            await announce_days(uow, booking, booking.schedule, now)
        await uow.commit()
    return len(due)
