"""discovery.enquiry.created becomes a booking in status enquiry (a lead) in the organizer's calendar."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices
from calendar_service.consumers.enquiries import enquiry_consumers
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.panchangam_places import LOCAL
from calendar_service.service_layer.bookings import get_booking
from contracts import discovery as d
from servicekit.auth import Caller, Role
from servicekit.events import Envelope


def enquiry_created(organizer_id: uuid.UUID, first: date) -> Envelope:
    payload = d.EnquiryCreatedV1(
        enquiry_id=uuid.uuid4(),
        batch_id=uuid.uuid4(),
        organizer_id=organizer_id,
        user_id=uuid.uuid4(),
        occurred_at=datetime.now(UTC),
        kind="wedding",
        preferred_dates=[first + timedelta(days=1), first],
        venue=d.EnquiryVenueV1(district_id="ntr", district="NTR", state_code="37", pin_code="520001"),
        guest_count=500,
        budget_min_paise=50_000_00,
        budget_max_paise=1_00_000_00,
        message="Shamiana for 500 guests",
        contact=d.EnquiryContactV1(name="Suresh Kumar", phone="+919876543210"),
    )
    return Envelope(
        id=uuid.uuid4(),
        type=d.ENQUIRY_CREATED,
        version=1,
        occurred_at=payload.occurred_at,
        producer="discovery",
        key=str(payload.enquiry_id),
        trace_id="req-1",
        payload=payload.model_dump(mode="json"),
    )


async def test_an_enquiry_lands_in_the_organizers_calendar_as_a_lead(services: CalendarServices) -> None:
    organizer = Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.USER, Role.ORGANIZER}))
    first = date.today() + timedelta(days=60)
    envelope = enquiry_created(uuid.UUID(str(organizer.user_id)), first)
    handler = enquiry_consumers(services.deps).handler_for(envelope)
    assert handler is not None
    async with services.sessions() as session, session.begin():
        await handler(session, envelope)
        row = (
            await session.execute(
                sa.text(
                    "SELECT key, envelope FROM outbox WHERE type = 'calendar.booking.created' "
                    "AND envelope -> 'payload' ->> 'source_enquiry_id' = :enquiry"
                ),
                {"enquiry": envelope.payload["enquiry_id"]},
            )
        ).one()
    created = row.envelope["payload"]
    assert created["source_enquiry_id"] == envelope.payload["enquiry_id"]
    assert created["status"] == "enquiry"
    assert created["client"]["phones"] == ["+919876543210"]
    assert row.envelope["trace_id"] == "req-1"
    booking = await get_booking(organizer, row.key, services.deps)
    assert booking.status is BookingStatus.ENQUIRY
    assert booking.schedule.starts_at.astimezone(LOCAL).date() == first
    assert booking.details is not None
    assert "Other preferred dates" in booking.details
    assert str(booking.source_enquiry_id) == envelope.payload["enquiry_id"]
