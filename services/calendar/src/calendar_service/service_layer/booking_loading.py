"""Finding a booking for a caller: a malformed or unknown id is NOT_FOUND, someone else's FORBIDDEN."""

from __future__ import annotations

import uuid

from servicekit.auth import Caller

from calendar_service.domain.booking import Booking
from calendar_service.domain.errors import not_found
from calendar_service.service_layer.authorization import Operation, authorize
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork


def parse_id(raw: str, what: str = "booking", field: str = "id") -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise not_found(what, field) from None


async def booking_for(
    uow: CalendarUnitOfWork, caller: Caller, booking_id: str, operation: Operation, *, for_update: bool = True
) -> tuple[Booking, str]:
    """The booking (its row locked for a change) and the caller's id, once the policy allows it."""
    booking = await uow.bookings.get(parse_id(booking_id), for_update=for_update)
    if booking is None:
        raise not_found()
    return booking, authorize(caller, operation, owner_id=str(booking.organizer_id))


def owner_for(caller: Caller, organizer_id: str | None, operation: Operation) -> uuid.UUID:
    """Whose calendar a read is about: the caller's own, or (super admins) `organizer_id`."""
    owner = organizer_id or caller.user_id or ""
    authorize(caller, operation, owner_id=owner)
    return parse_id(owner, "organizer", "organizerId")
