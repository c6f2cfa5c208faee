"""Mutations of bookings: each builds a command, runs its use case, maps the result."""

from __future__ import annotations

from datetime import datetime

import strawberry

from calendar_service.api.graphql import described
from calendar_service.api.graphql.booking_inputs import CreateBookingInput, ScheduleInput, UpdateBookingInput
from calendar_service.api.graphql.context import CalendarInfo
from calendar_service.api.graphql.errors import errors_of
from calendar_service.api.graphql.payloads import BookingPayload
from calendar_service.domain.errors import not_implemented


def _not_yet(what: str) -> BookingPayload:
    return BookingPayload(errors=errors_of(not_implemented(what)))


@strawberry.type
class BookingMutations:
    @described.mutation("Record a booking, as an enquiry or (with holdUntil) a tentative hold.")
    async def create_booking(self, info: CalendarInfo, input: CreateBookingInput) -> BookingPayload:
        return _not_yet("createBooking")

    @described.mutation("Change a booking's details or line items (not completed or cancelled).")
    async def update_booking(
        self, info: CalendarInfo, id: strawberry.ID, input: UpdateBookingInput
    ) -> BookingPayload:
        return _not_yet("updateBooking")

    @described.mutation("Hold the booking's stock until the given time (default: 72 hours).")
    async def hold_booking(
        self, info: CalendarInfo, id: strawberry.ID, hold_until: datetime | None = None
    ) -> BookingPayload:
        return _not_yet("holdBooking")

    @described.mutation("Confirm; refused with STOCK_SHORTAGE or CAPACITY_EXCEEDED and the shortages.")
    async def confirm_booking(self, info: CalendarInfo, id: strawberry.ID) -> BookingPayload:
        return _not_yet("confirmBooking")

    @described.mutation("Move the booking's dates; the old schedule stays in scheduleHistory.")
    async def reschedule_booking(
        self, info: CalendarInfo, id: strawberry.ID, schedule: ScheduleInput, reason: str | None = None
    ) -> BookingPayload:
        return _not_yet("rescheduleBooking")

    @described.mutation("Cancel an open booking, with the reason; its stock is free again.")
    async def cancel_booking(self, info: CalendarInfo, id: strawberry.ID, reason: str) -> BookingPayload:
        return _not_yet("cancelBooking")

    @described.mutation("Mark a confirmed booking done.")
    async def complete_booking(self, info: CalendarInfo, id: strawberry.ID) -> BookingPayload:
        return _not_yet("completeBooking")
