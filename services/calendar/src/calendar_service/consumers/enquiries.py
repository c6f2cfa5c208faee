"""discovery.enquiry.created -> a booking in status enquiry in the organizer's calendar (issue 14);
discovery.enquiry.withdrawn -> that lead cancelled, while it is still a lead (enquiry or hold).

The enquiry is recorded as received for its organizer (a booking may name only such an enquiry as
its source); the booking is made by the calendar's own `create_booking` use case, acting for the organizer the
enquiry was sent to, inside the consumer's transaction (so the booking, its events and the inbox row
commit together, and a redelivered enquiry makes no second booking). The enquiry gives no times or
street address yet: the booking takes the first preferred day from 09:00 to 21:00 in India, the
district and PIN code as its venue, and the other days, budget and message in its details for the
organizer to settle with the client.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, time

import sqlalchemy as sa
from contracts import discovery as d
from contracts.catalog import parse_payload
from servicekit.auth import Caller, Role
from servicekit.consumers.registry import HandlerRegistry
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters import tables as t
from calendar_service.adapters.received_enquiries import ReceivedEnquiries
from calendar_service.domain.vocabulary import BookingStatus, EventKind
from calendar_service.panchangam_places import LOCAL
from calendar_service.service_layer.bookings import cancel_booking, create_booking
from calendar_service.service_layer.commands import (
    BookingAction,
    ClientDraft,
    CreateBooking,
    ScheduleDraft,
    VenueDraft,
)
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork

DAY_STARTS, DAY_ENDS = time(9, 0), time(21, 0)
LEAD_STATUSES = (BookingStatus.ENQUIRY.value, BookingStatus.TENTATIVE.value, BookingStatus.HOLD_EXPIRED.value)
WITHDRAWN_REASON = "The client withdrew the enquiry in the directory."


def booking_from_enquiry(enquiry: d.EnquiryCreatedV1) -> CreateBooking:
    first, *others = sorted(enquiry.preferred_dates)
    budget = _budget(enquiry.budget_min_paise, enquiry.budget_max_paise)
    details = "\n".join(
        line
        for line in (
            f"Enquiry from the directory ({enquiry.kind.replace('_', ' ')}).",
            f"Other preferred dates: {', '.join(day.isoformat() for day in others)}" if others else "",
            f"Budget: {budget}" if budget else "",
            enquiry.message,
        )
        if line
    )
    return CreateBooking(
        caller=_acting_for(enquiry.organizer_id),
        event_name=f"{enquiry.kind.replace('_', ' ').capitalize()} enquiry: {enquiry.contact.name}"[:150],
        kind=EventKind(enquiry.kind),
        schedule=ScheduleDraft(
            datetime.combine(first, DAY_STARTS, LOCAL), datetime.combine(first, DAY_ENDS, LOCAL)
        ),
        venue=VenueDraft(
            address=f"{enquiry.venue.district} {enquiry.venue.pin_code} (to be settled)",
            district=enquiry.venue.district,
            state_code=enquiry.venue.state_code,
            pin_code=enquiry.venue.pin_code,
        ),
        client=ClientDraft(name=enquiry.contact.name, phones=[enquiry.contact.phone]),
        guest_count=enquiry.guest_count,
        details=details[:5000],
        source_enquiry_id=str(enquiry.enquiry_id),
    )


def _budget(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    return (
        f"Rs {(low or 0) // 100:,} to Rs {high // 100:,}"
        if high is not None
        else f"from Rs {(low or 0) // 100:,}"
    )


def enquiry_consumers(deps: UseCaseDependencies, *, producer: str = "calendar") -> HandlerRegistry:
    registry = HandlerRegistry()

    @registry.on(d.ENQUIRY_CREATED, version=1)
    async def record_lead(session: AsyncSession, envelope: Envelope) -> None:
        enquiry = parse_payload(envelope.type, envelope.version, envelope.payload)
        assert isinstance(enquiry, d.EnquiryCreatedV1)
        await ReceivedEnquiries(session).record(enquiry.enquiry_id, enquiry.organizer_id, deps.clock())
        uow = CalendarUnitOfWork.joining(session, producer=producer, trace_id=envelope.trace_id)
        await create_booking(booking_from_enquiry(enquiry), replace(deps, unit_of_work=lambda: uow))

    @registry.on(d.ENQUIRY_WITHDRAWN, version=1)
    async def drop_lead(session: AsyncSession, envelope: Envelope) -> None:
        withdrawn = parse_payload(envelope.type, envelope.version, envelope.payload)
        assert isinstance(withdrawn, d.EnquiryWithdrawnV1)
        lead = await session.scalar(
            sa.select(t.bookings.c.id).where(
                t.bookings.c.source_enquiry_id == withdrawn.enquiry_id,
                t.bookings.c.organizer_id == withdrawn.organizer_id,
                t.bookings.c.status.in_(LEAD_STATUSES),
            )
        )
        if lead is None:  # never made, or the organizer confirmed it already: theirs to settle
            return
        uow = CalendarUnitOfWork.joining(session, producer=producer, trace_id=envelope.trace_id)
        action = BookingAction(_acting_for(withdrawn.organizer_id), str(lead), reason=WITHDRAWN_REASON)
        await cancel_booking(action, replace(deps, unit_of_work=lambda: uow))

    return registry


def _acting_for(organizer_id: uuid.UUID) -> Caller:
    return Caller(user_id=str(organizer_id), roles=frozenset({Role.ORGANIZER}))
