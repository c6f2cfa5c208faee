"""Booking use cases: record, hold, confirm, reschedule, cancel, complete, read."""

from __future__ import annotations

import uuid

import uuid6
from contracts import calendar as c
from servicekit.auth import Caller

from calendar_service.domain import booking_checks as check
from calendar_service.domain.activity import ActivityAction, ActivityEntry, FieldChange
from calendar_service.domain.booking import Booking
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.service_layer.authorization import Operation, authorize
from calendar_service.service_layer.availability_events import announce_days
from calendar_service.service_layer.booking_drafts import checked_booking, checked_schedule
from calendar_service.service_layer.booking_loading import booking_for
from calendar_service.service_layer.commands import BookingAction, CreateBooking, Reschedule
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.events import booking_event, schedule_of
from calendar_service.service_layer.stock_guard import ensure_fits, reserve
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork


async def create_booking(command: CreateBooking, deps: UseCaseDependencies) -> Booking:
    caller_id = authorize(command.caller, Operation.CREATE_BOOKING, owner_id=command.caller.user_id or "")
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        booking = await checked_booking(
            uow, command, uuid.UUID(caller_id), uuid.UUID(str(uuid6.uuid7())), now
        )
        await uow.bookings.add(booking)
        await reserve(uow, booking)
        await uow.bookings.record(booking.id, ActivityEntry(now, caller_id, ActivityAction.CREATED))
        uow.publish(booking_event(c.BOOKING_CREATED, booking, caller_id, now))
        if command.hold_until is not None:
            booking.hold(command.hold_until, now)
            await _held(uow, booking, caller_id, deps)
        await uow.commit()
    return booking


async def hold_booking(command: BookingAction, deps: UseCaseDependencies) -> Booking:
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        booking, caller_id = await booking_for(
            uow, command.caller, command.booking_id, Operation.HOLD_BOOKING
        )
        booking.hold(command.until or now + deps.default_hold, now)
        booking.touch(now)
        await _held(uow, booking, caller_id, deps)
        await uow.commit()
    return booking


async def _held(uow: CalendarUnitOfWork, booking: Booking, caller_id: str, deps: UseCaseDependencies) -> None:
    now = deps.clock()
    await uow.bookings.save(booking, lines_changed=False)
    note = f"until {booking.hold_expires_at.isoformat()}" if booking.hold_expires_at else None
    await uow.bookings.record(booking.id, ActivityEntry(now, caller_id, ActivityAction.HELD, note=note))
    uow.publish(booking_event(c.BOOKING_TENTATIVE, booking, caller_id, now))
    await announce_days(uow, booking, booking.schedule, now)


async def confirm_booking(command: BookingAction, deps: UseCaseDependencies) -> Booking:
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        booking, caller_id = await booking_for(
            uow, command.caller, command.booking_id, Operation.CONFIRM_BOOKING
        )
        booking.confirm(now)
        await ensure_fits(uow, booking, now)
        booking.touch(now)
        await uow.bookings.save(booking, lines_changed=False)
        await uow.bookings.record(booking.id, ActivityEntry(now, caller_id, ActivityAction.CONFIRMED))
        uow.publish(booking_event(c.BOOKING_CONFIRMED, booking, caller_id, now))
        await announce_days(uow, booking, booking.schedule, now)
        await uow.commit()
    return booking


async def cancel_booking(command: BookingAction, deps: UseCaseDependencies) -> Booking:
    now = deps.clock()
    reason = check.text(command.reason or "", "reason", longest=500)
    async with deps.unit_of_work() as uow:
        booking, caller_id = await booking_for(
            uow, command.caller, command.booking_id, Operation.CANCEL_BOOKING
        )
        booking.cancel(reason, now)
        booking.touch(now)
        await uow.bookings.save(booking, lines_changed=False)
        await uow.bookings.record(
            booking.id, ActivityEntry(now, caller_id, ActivityAction.CANCELLED, note=reason)
        )
        uow.publish(booking_event(c.BOOKING_CANCELLED, booking, caller_id, now, reason=reason))
        await announce_days(uow, booking, booking.schedule, now)
        await uow.commit()
    return booking


async def complete_booking(command: BookingAction, deps: UseCaseDependencies) -> Booking:
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        booking, caller_id = await booking_for(
            uow, command.caller, command.booking_id, Operation.COMPLETE_BOOKING
        )
        booking.complete(now)
        booking.touch(now)
        await uow.bookings.save(booking, lines_changed=False)
        await uow.bookings.record(booking.id, ActivityEntry(now, caller_id, ActivityAction.COMPLETED))
        uow.publish(booking_event(c.BOOKING_COMPLETED, booking, caller_id, now))
        await uow.commit()
    return booking


async def reschedule_booking(command: Reschedule, deps: UseCaseDependencies) -> Booking:
    now = deps.clock()
    schedule = checked_schedule(command.schedule, now)
    reason = check.optional_text(command.reason, "reason", longest=500)
    async with deps.unit_of_work() as uow:
        booking, caller_id = await booking_for(
            uow, command.caller, command.booking_id, Operation.RESCHEDULE_BOOKING
        )
        before = booking.reschedule(schedule, now)
        if booking.status_at(now) is BookingStatus.CONFIRMED:
            await ensure_fits(uow, booking, now)
        booking.touch(now)
        await uow.bookings.save(booking, lines_changed=False)
        await uow.bookings.record_schedule_change(booking.id, before, schedule, now, caller_id, reason)
        changes = tuple(
            FieldChange(name, old.isoformat(), new.isoformat())
            for (name, old), new in zip(
                schedule_of(before).items(), schedule_of(schedule).values(), strict=True
            )
            if old != new
        )
        await uow.bookings.record(
            booking.id, ActivityEntry(now, caller_id, ActivityAction.RESCHEDULED, changes, reason)
        )
        uow.publish(
            booking_event(
                c.BOOKING_RESCHEDULED,
                booking,
                caller_id,
                now,
                previous_schedule=schedule_of(before),
                reason=reason,
            )
        )
        await announce_days(uow, booking, before, now)
        await announce_days(uow, booking, schedule, now)
        await uow.commit()
    return booking


async def get_booking(caller: Caller, booking_id: str, deps: UseCaseDependencies) -> Booking:
    async with deps.unit_of_work() as uow:
        booking, _ = await booking_for(uow, caller, booking_id, Operation.READ_BOOKING, for_update=False)
    return booking
