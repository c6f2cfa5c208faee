"""calendar.booking.* -> the status a user sees in "my enquiries".

Only bookings made from an enquiry (`source_enquiry_id`) concern discovery. A withdrawn enquiry stays
withdrawn; an older event never overwrites a newer status.
"""

from __future__ import annotations

from contracts import calendar as c
from contracts.catalog import parse_payload
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from discovery_service.adapters.enquiries_repository import EnquiriesRepository
from discovery_service.domain.vocabulary import EnquiryStatus

BOOKING_EVENTS = (
    c.BOOKING_CREATED,
    c.BOOKING_TENTATIVE,
    c.BOOKING_CONFIRMED,
    c.BOOKING_RESCHEDULED,
    c.BOOKING_ITEMS_CHANGED,
    c.BOOKING_HOLD_EXPIRED,
    c.BOOKING_CANCELLED,
    c.BOOKING_COMPLETED,
)
_MODELS = (
    c.BookingCreatedV1,
    c.BookingTentativeV1,
    c.BookingConfirmedV1,
    c.BookingRescheduledV1,
    c.BookingItemsChangedV1,
    c.BookingHoldExpiredV1,
    c.BookingCancelledV1,
    c.BookingCompletedV1,
)


async def follow_booking(session: AsyncSession, envelope: Envelope) -> None:
    booking = parse_payload(envelope.type, envelope.version, envelope.payload)
    assert isinstance(booking, _MODELS)
    if booking.source_enquiry_id is None:
        return
    enquiries = EnquiriesRepository(session)
    enquiry = await enquiries.get(booking.source_enquiry_id, for_update=True)
    if enquiry is None or enquiry.organizer_id != booking.organizer_id:
        return
    if enquiry.status is EnquiryStatus.WITHDRAWN or enquiry.status_changed_at > booking.occurred_at:
        return
    await enquiries.set_status(
        enquiry.id, EnquiryStatus(booking.status), booking.occurred_at, booking_id=booking.booking_id
    )
