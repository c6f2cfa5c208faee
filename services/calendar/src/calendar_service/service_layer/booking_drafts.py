"""A booking from a command: every field checked together (all failures reported at once)."""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import partial

from servicekit.errors import InputChecks

from calendar_service.domain import booking_checks as check
from calendar_service.domain.booking import Booking, Client, Schedule, Venue
from calendar_service.domain.errors import CalendarError, CalendarErrorCode, not_found
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.service_layer.commands import ClientDraft, CreateBooking, ScheduleDraft, VenueDraft
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork


def checked_schedule(draft: ScheduleDraft, now: datetime) -> Schedule:
    return check.schedule(draft.starts_at, draft.ends_at, draft.setup_starts_at, draft.teardown_ends_at, now)


def checked_venue(draft: VenueDraft) -> Venue:
    return check.venue(draft.address, draft.district, draft.state_code, draft.pin_code, draft.map_link)


def checked_client(draft: ClientDraft) -> Client:
    return check.client(draft.name, draft.phones, draft.email, draft.birth_nakshatra)


async def checked_booking(
    uow: CalendarUnitOfWork,
    command: CreateBooking,
    organizer_id: uuid.UUID,
    booking_id: uuid.UUID,
    now: datetime,
) -> Booking:
    ids = check.referenced_stock(command.line_items)
    names = {i.id: i.name for i in (await uow.stock.of_organizer(organizer_id, ids)).values()}
    checks = InputChecks()
    name = checks.check(
        lambda: check.text(command.event_name, "eventName", longest=150, code=CalendarErrorCode.INVALID_NAME)
    )
    schedule = checks.check(lambda: checked_schedule(command.schedule, now))
    venue = checks.check(lambda: checked_venue(command.venue))
    client = checks.check(lambda: checked_client(command.client))
    lines = [checks.check(partial(check.line_item, d, i, names)) for i, d in enumerate(command.line_items)]
    total = checks.check(lambda: check.amount(command.agreed_total_paise, "agreedTotalPaise"))
    advance = checks.check(lambda: check.amount(command.advance_paise, "advancePaise"))
    guests = checks.check(lambda: check.guest_count(command.guest_count))
    details = checks.check(lambda: check.optional_text(command.details, "details", longest=5000))
    notes = checks.check(lambda: check.optional_text(command.notes, "notes", longest=5000))
    enquiry = checks.check(lambda: _enquiry_id(command.source_enquiry_id))
    checks.raise_failures()
    if enquiry is not None and not await uow.received_enquiries.sent_to(enquiry, organizer_id):
        # Another organizer's enquiry (or none) answers as a missing one: ids reveal nothing.
        raise not_found("enquiry", "sourceEnquiryId")
    assert name is not None
    assert schedule is not None
    assert venue is not None
    assert client is not None
    return Booking(
        id=booking_id,
        organizer_id=organizer_id,
        event_name=name,
        kind=command.kind,
        status=BookingStatus.ENQUIRY,
        schedule=schedule,
        venue=venue,
        client=client,
        line_items=[line for line in lines if line is not None],
        agreed_total_paise=total or 0,
        advance_paise=advance or 0,
        created_at=now,
        updated_at=now,
        guest_count=guests,
        details=details,
        notes=notes,
        source_enquiry_id=enquiry,
    )


def _enquiry_id(raw: str | None) -> uuid.UUID | None:
    if raw is None:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise CalendarError(CalendarErrorCode.INVALID_TEXT, "Not an enquiry id.", "sourceEnquiryId") from None
