"""discovery.enquiry.created becomes a booking in status enquiry (a lead) in the organizer's calendar;
discovery.enquiry.withdrawn cancels it while it is still a lead."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices
from calendar_service.consumers.enquiries import booking_from_enquiry, enquiry_consumers
from calendar_service.domain.booking import Booking
from calendar_service.domain.errors import CalendarError
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.panchangam_places import LOCAL
from calendar_service.service_layer.bookings import confirm_booking, create_booking, get_booking
from calendar_service.service_layer.commands import BookingAction
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


def enquiry_withdrawn(created: Envelope) -> Envelope:
    payload = d.EnquiryWithdrawnV1(
        enquiry_id=uuid.UUID(created.payload["enquiry_id"]),
        organizer_id=uuid.UUID(created.payload["organizer_id"]),
        user_id=uuid.UUID(created.payload["user_id"]),
        occurred_at=datetime.now(UTC),
        booking_id=None,
    )
    return created.model_copy(
        update={"id": uuid.uuid4(), "type": d.ENQUIRY_WITHDRAWN, "payload": payload.model_dump(mode="json")}
    )


async def lead_of(services: CalendarServices, organizer: Caller, enquiry_id: str) -> Booking:
    async with services.sessions() as session:
        booking_id = await session.scalar(
            sa.text("SELECT id FROM bookings WHERE source_enquiry_id = :e"), {"e": enquiry_id}
        )
    return await get_booking(organizer, str(booking_id), services.deps)


async def test_a_withdrawn_enquiry_cancels_the_lead_but_not_a_confirmed_booking(
    services: CalendarServices,
) -> None:
    organizer = Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.USER, Role.ORGANIZER}))
    consumers = enquiry_consumers(services.deps)
    first = date.today() + timedelta(days=60)
    kept, dropped = (enquiry_created(uuid.UUID(str(organizer.user_id)), first) for _ in range(2))
    for envelope in (kept, dropped):
        async with services.sessions() as session, session.begin():
            handler = consumers.handler_for(envelope)
            assert handler is not None
            await handler(session, envelope)
    confirmed = await lead_of(services, organizer, kept.payload["enquiry_id"])
    await confirm_booking(BookingAction(organizer, str(confirmed.id)), services.deps)
    for envelope in (enquiry_withdrawn(kept), enquiry_withdrawn(dropped)):
        async with services.sessions() as session, session.begin():
            handler = consumers.handler_for(envelope)
            assert handler is not None
            await handler(session, envelope)
    assert (await lead_of(services, organizer, kept.payload["enquiry_id"])).status is BookingStatus.CONFIRMED
    cancelled = await lead_of(services, organizer, dropped.payload["enquiry_id"])
    assert cancelled.status is BookingStatus.CANCELLED
    assert cancelled.cancellation_reason == "The client withdrew the enquiry in the directory."


async def test_a_booking_names_as_its_source_only_an_enquiry_sent_to_its_organizer(
    services: CalendarServices,
) -> None:
    """createBooking took any sourceEnquiryId: another organizer could attach someone else's enquiry
    to their booking (and the directory would follow its status)."""
    receiver, other = (
        Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.USER, Role.ORGANIZER})) for _ in range(2)
    )
    envelope = enquiry_created(uuid.UUID(str(receiver.user_id)), date.today() + timedelta(days=60))
    handler = enquiry_consumers(services.deps).handler_for(envelope)
    assert handler is not None
    async with services.sessions() as session, session.begin():
        await handler(session, envelope)
    draft = booking_from_enquiry(d.EnquiryCreatedV1.model_validate(envelope.payload))
    # The organizer it was sent to may make another booking from it (say, after cancelling the lead).
    again = await create_booking(replace(draft, caller=receiver), services.deps)
    assert str(again.source_enquiry_id) == envelope.payload["enquiry_id"]
    for caller, enquiry_id in (
        (other, envelope.payload["enquiry_id"]),
        (receiver, str(uuid.uuid4())),
    ):
        with pytest.raises(CalendarError) as raised:
            await create_booking(replace(draft, caller=caller, source_enquiry_id=enquiry_id), services.deps)
        assert (raised.value.code, raised.value.field) == ("NOT_FOUND", "sourceEnquiryId")
