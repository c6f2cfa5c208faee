"""Mutations of bookings: each builds a command, runs its use case, maps the result."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime

import strawberry
from servicekit.errors import DomainError

from calendar_service.api.graphql import described
from calendar_service.api.graphql.booking_inputs import CreateBookingInput, ScheduleInput, UpdateBookingInput
from calendar_service.api.graphql.booking_mapping import booking_type, shortage_type
from calendar_service.api.graphql.context import CalendarInfo, caller_of, services_of
from calendar_service.api.graphql.errors import errors_of
from calendar_service.api.graphql.payloads import BookingPayload
from calendar_service.domain.booking import Booking
from calendar_service.domain.errors import StockShortage
from calendar_service.service_layer import bookings
from calendar_service.service_layer.booking_updates import update_booking
from calendar_service.service_layer.commands import BookingAction, Reschedule


async def _payload(info: CalendarInfo, result: Awaitable[Booking]) -> BookingPayload:
    try:
        booking = await result
    except StockShortage as shortage:
        return BookingPayload(
            shortages=[shortage_type(s) for s in shortage.shortages], errors=errors_of(shortage)
        )
    except DomainError as error:
        return BookingPayload(errors=errors_of(error))
    return BookingPayload(booking=booking_type(booking, services_of(info).deps.clock()))


@strawberry.type
class BookingMutations:
    @described.mutation("Record a booking, as an enquiry or (with holdUntil) a tentative hold.")
    async def create_booking(self, info: CalendarInfo, input: CreateBookingInput) -> BookingPayload:
        deps = services_of(info).deps
        return await _payload(info, bookings.create_booking(input.command(caller_of(info)), deps))

    @described.mutation("Change a booking's details or line items (not completed or cancelled).")
    async def update_booking(
        self, info: CalendarInfo, id: strawberry.ID, input: UpdateBookingInput
    ) -> BookingPayload:
        command = input.command(caller_of(info), str(id))
        return await _payload(info, update_booking(command, services_of(info).deps))

    @described.mutation("Hold the booking's stock until the given time (default: 72 hours).")
    async def hold_booking(
        self, info: CalendarInfo, id: strawberry.ID, hold_until: datetime | None = None
    ) -> BookingPayload:
        command = BookingAction(caller_of(info), str(id), until=hold_until)
        return await _payload(info, bookings.hold_booking(command, services_of(info).deps))

    @described.mutation("Confirm; refused with STOCK_SHORTAGE or CAPACITY_EXCEEDED and the shortages.")
    async def confirm_booking(self, info: CalendarInfo, id: strawberry.ID) -> BookingPayload:
        command = BookingAction(caller_of(info), str(id))
        return await _payload(info, bookings.confirm_booking(command, services_of(info).deps))

    @described.mutation("Move the booking's dates; the old schedule stays in scheduleHistory.")
    async def reschedule_booking(
        self, info: CalendarInfo, id: strawberry.ID, schedule: ScheduleInput, reason: str | None = None
    ) -> BookingPayload:
        command = Reschedule(caller_of(info), str(id), schedule.draft(), reason)
        return await _payload(info, bookings.reschedule_booking(command, services_of(info).deps))

    @described.mutation("Cancel an open booking, with the reason; its stock is free again.")
    async def cancel_booking(self, info: CalendarInfo, id: strawberry.ID, reason: str) -> BookingPayload:
        command = BookingAction(caller_of(info), str(id), reason=reason)
        return await _payload(info, bookings.cancel_booking(command, services_of(info).deps))

    @described.mutation("Mark a confirmed booking done.")
    async def complete_booking(self, info: CalendarInfo, id: strawberry.ID) -> BookingPayload:
        command = BookingAction(caller_of(info), str(id))
        return await _payload(info, bookings.complete_booking(command, services_of(info).deps))
