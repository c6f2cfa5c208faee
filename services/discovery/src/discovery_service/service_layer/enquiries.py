"""Enquiry use cases: send (to up to five organizers), withdraw, read, and the status the calendar
reports back as the organizer moves the booking."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial

import uuid6
from contracts import discovery as d
from india.gazetteer import District
from mail import OutgoingMail
from servicekit.auth import Caller
from servicekit.errors import InputChecks
from servicekit.events import Event

from discovery_service.domain import checks as check
from discovery_service.domain.enquiry import (
    LONGEST_MESSAGE,
    MOST_DATES,
    MOST_ORGANIZERS,
    Enquiry,
    Notification,
)
from discovery_service.domain.errors import DirectoryError, not_found
from discovery_service.domain.errors import DirectoryErrorCode as Code
from discovery_service.domain.listing import Listing
from discovery_service.domain.vocabulary import ContactWay, EnquiryStatus
from discovery_service.service_layer.authorization import Operation, authorize
from discovery_service.service_layer.commands import SendEnquiry
from discovery_service.service_layer.dependencies import UseCaseDependencies
from discovery_service.service_layer.listings import organizer_uuid, parse_id
from discovery_service.service_layer.unit_of_work import DiscoveryUnitOfWork

ONE_HOUR = timedelta(hours=1)
# What a request key may hold: the app sends a UUID; anything of this shape is accepted.
REQUEST_KEY = re.compile(r"[A-Za-z0-9_-]{8,64}")


def new_id() -> uuid.UUID:
    return uuid.UUID(str(uuid6.uuid7()))


def enquiry_uuid(value: str) -> uuid.UUID:
    return parse_id(value, "enquiry", "enquiryId")


async def send_enquiry(command: SendEnquiry, deps: UseCaseDependencies) -> list[Enquiry]:
    """One enquiry per organizer, all or none; each lands in its organizer's calendar as a lead.

    A send repeated with the same request key (the app retrying after a lost answer) returns the
    enquiries the first one made, and writes, notifies and mails nobody again."""
    sender = uuid.UUID(
        authorize(command.caller, Operation.SEND_ENQUIRY, owner_ids=(command.caller.user_id or "",))
    )
    organizers, district, draft = _checked(command, deps)
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        await uow.enquiries.lock_sender(sender)
        if command.request_key and (
            earlier := await uow.enquiries.made_by_request(sender, command.request_key)
        ):
            return _same_request(earlier, organizers)
        await _ensure_within_limits(uow, sender, len(organizers), deps)
        listed = await _ensure_reachable(uow, organizers, sender)
        batch = new_id()
        made = [_enquiry(draft, new_id(), batch, sender, organizer, now) for organizer in organizers]
        for enquiry in made:
            await uow.enquiries.add(enquiry)
            await uow.enquiries.notify(_new_enquiry_notice(enquiry, now))
            uow.publish(_created_event(enquiry, district, now))
        await uow.commit()
    _email_organizers(deps, made, listed)
    return made


def _same_request(earlier: list[Enquiry], organizers: list[uuid.UUID]) -> list[Enquiry]:
    if {e.organizer_id for e in earlier} != set(organizers):
        raise DirectoryError(
            Code.REQUEST_KEY_REUSED, "This request key was used for other organizers.", "requestKey"
        )
    order = {organizer: i for i, organizer in enumerate(organizers)}
    return sorted(earlier, key=lambda e: order[e.organizer_id])


async def _ensure_within_limits(
    uow: DiscoveryUnitOfWork, sender: uuid.UUID, count: int, deps: UseCaseDependencies
) -> None:
    """Under the sender's lock, so that sends at once count each other."""
    hourly = deps.enquiries_per_user_per_hour
    if await uow.enquiries.sent_since(sender, deps.clock() - ONE_HOUR) + count > hourly:
        raise DirectoryError(
            Code.HOURLY_LIMIT_REACHED,
            f"You can send {hourly} enquiries an hour; try again later.",
            "organizerIds",
        )
    daily = deps.enquiries_per_user_per_day
    if await uow.enquiries.sent_since(sender, deps.start_of_today()) + count > daily:
        raise DirectoryError(
            Code.DAILY_LIMIT_REACHED,
            f"You can send {daily} enquiries a day; try again tomorrow.",
            "organizerIds",
        )


def _email_organizers(
    deps: UseCaseDependencies, made: list[Enquiry], listed: dict[uuid.UUID, Listing]
) -> None:
    """After the commit: organizers who take email hear of their enquiry (in the background)."""
    if deps.mail is None:
        return
    for enquiry in made:
        listing = listed[enquiry.organizer_id]
        if listing.contact_email and ContactWay.EMAIL.value in listing.contact_ways:
            deps.mail.submit(enquiry_mail(listing.contact_email, enquiry))


def enquiry_mail(to: str, enquiry: Enquiry) -> OutgoingMail:
    days = ", ".join(day.isoformat() for day in enquiry.preferred_dates)
    kind = enquiry.kind.replace("_", " ")
    text = (
        f"New {kind} enquiry from {enquiry.contact_name} for {days}.\n"
        f"It is in your calendar as an enquiry; open EventXperts to reply in its thread.\n\n"
        f"కొత్త విచారణ: {enquiry.contact_name}, తేదీలు {days}. సమాధానం ఇవ్వడానికి EventXperts తెరవండి."
    )
    return OutgoingMail(to=to, subject=f"New {kind} enquiry", text=text, purpose="enquiry_received")


def _checked(
    command: SendEnquiry, deps: UseCaseDependencies
) -> tuple[list[uuid.UUID], District, SendEnquiry]:
    checks = InputChecks()
    organizers = checks.check(lambda: _organizers(command.organizer_ids)) or []
    checks.check(lambda: check.event_kind(command.kind))
    if not 1 <= len(command.preferred_dates) <= MOST_DATES:
        checks.failures.append(
            DirectoryError(Code.INVALID_DATES, "Give one to five dates.", "preferredDates")
        )
    for i, day in enumerate(command.preferred_dates):
        checks.check(partial(check.event_day, day, deps.today(), f"preferredDates.{i}"))
    district = checks.check(lambda: check.district(command.district, "district"))
    if district is not None:
        checks.check(lambda: check.pin_code_in(command.pin_code, district.id, "pinCode"))
    checks.check(lambda: check.text(command.message, "message", longest=LONGEST_MESSAGE))
    checks.check(lambda: check.text(command.contact_name, "contactName", longest=100, code=Code.INVALID_NAME))
    checks.check(lambda: check.phone(command.contact_phone, "contactPhone"))
    if command.guest_count is not None and not 1 <= command.guest_count <= 100_000:
        checks.failures.append(
            DirectoryError(Code.INVALID_GUEST_COUNT, "Give 1 to 100,000 guests.", "guestCount")
        )
    if command.budget_min_paise is not None or command.budget_max_paise is not None:
        low, high = command.budget_min_paise or 0, command.budget_max_paise or check.MAX_PAISE
        checks.check(lambda: check.price_range(low, high, "budgetMinPaise"))
    if command.request_key is not None and not REQUEST_KEY.fullmatch(command.request_key):
        checks.failures.append(
            DirectoryError(Code.INVALID_REQUEST_KEY, "Give 8 to 64 letters, digits, - or _.", "requestKey")
        )
    checks.raise_failures()
    assert district is not None
    return organizers, district, command


def _organizers(raw: list[str]) -> list[uuid.UUID]:
    ids = list(dict.fromkeys(organizer_uuid(v, f"organizerIds.{i}") for i, v in enumerate(raw)))
    if not ids:
        raise DirectoryError(Code.NO_ORGANIZERS, "Choose at least one organizer.", "organizerIds")
    if len(ids) > MOST_ORGANIZERS:
        raise DirectoryError(Code.TOO_MANY_ORGANIZERS, "Choose at most five organizers.", "organizerIds")
    return ids


async def _ensure_reachable(
    uow: DiscoveryUnitOfWork, organizers: list[uuid.UUID], sender: uuid.UUID
) -> dict[uuid.UUID, Listing]:
    found = await uow.listings.many(organizers)
    for i, organizer in enumerate(organizers):
        listing = found.get(organizer)
        if listing is None or not listing.visible or organizer == sender:
            raise DirectoryError(
                Code.ORGANIZER_UNAVAILABLE, "This organizer is not taking enquiries.", f"organizerIds.{i}"
            )
        if await uow.enquiries.is_blocked(organizer, sender):
            raise DirectoryError(
                Code.BLOCKED, "This organizer does not take your enquiries.", f"organizerIds.{i}"
            )
        if await uow.enquiries.organizer_blocked(sender, organizer):
            raise DirectoryError(
                Code.ORGANIZER_BLOCKED, "You blocked this organizer; unblock them first.", f"organizerIds.{i}"
            )
    return found


def _enquiry(
    draft: SendEnquiry,
    enquiry_id: uuid.UUID,
    batch: uuid.UUID,
    sender: uuid.UUID,
    organizer: uuid.UUID,
    now: datetime,
) -> Enquiry:
    budget = draft.budget_min_paise is not None or draft.budget_max_paise is not None
    return Enquiry(
        id=enquiry_id,
        batch_id=batch,
        user_id=sender,
        organizer_id=organizer,
        kind=check.event_kind(draft.kind),
        preferred_dates=tuple(sorted(set(draft.preferred_dates))),
        district_id=check.district(draft.district).id,
        pin_code=check.pin_code_in(draft.pin_code, check.district(draft.district).id, "pinCode"),
        guest_count=draft.guest_count,
        budget_min_paise=(draft.budget_min_paise or 0) if budget else None,
        budget_max_paise=draft.budget_max_paise,
        message=draft.message.strip(),
        contact_name=draft.contact_name.strip(),
        contact_phone=check.phone(draft.contact_phone, "contactPhone"),
        status=EnquiryStatus.SENT,
        booking_id=None,
        status_changed_at=now,
        created_at=now,
        request_key=draft.request_key,
    )


def _new_enquiry_notice(enquiry: Enquiry, now: datetime) -> Notification:
    days = ", ".join(day.isoformat() for day in enquiry.preferred_dates)
    summary = f"New {enquiry.kind.replace('_', ' ')} enquiry from {enquiry.contact_name} for {days}"
    return Notification(new_id(), enquiry.organizer_id, enquiry.id, "enquiry_received", summary, now, None)


def _created_event(enquiry: Enquiry, district: District, now: datetime) -> Event:
    payload = d.EnquiryCreatedV1(
        enquiry_id=enquiry.id,
        batch_id=enquiry.batch_id,
        organizer_id=enquiry.organizer_id,
        user_id=enquiry.user_id,
        occurred_at=now,
        kind=enquiry.kind,
        preferred_dates=list(enquiry.preferred_dates),
        venue=d.EnquiryVenueV1(
            district_id=district.id,
            district=district.name,
            state_code=district.state_code,
            pin_code=enquiry.pin_code,
        ),
        guest_count=enquiry.guest_count,
        budget_min_paise=enquiry.budget_min_paise,
        budget_max_paise=enquiry.budget_max_paise,
        message=enquiry.message,
        contact=d.EnquiryContactV1(name=enquiry.contact_name, phone=enquiry.contact_phone),
    )
    return Event(type=d.ENQUIRY_CREATED, version=1, key=str(enquiry.id), payload=payload)


async def withdraw_enquiry(caller: Caller, enquiry_id: str, deps: UseCaseDependencies) -> Enquiry:
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        enquiry = await uow.enquiries.get(enquiry_uuid(enquiry_id), for_update=True)
        if enquiry is None or not caller.is_self(str(enquiry.user_id)):
            raise not_found("enquiry", "enquiryId")
        authorize(caller, Operation.WITHDRAW_ENQUIRY, owner_ids=(str(enquiry.user_id),))
        if enquiry.status.closed:
            raise DirectoryError(Code.ENQUIRY_CLOSED, "This enquiry is already closed.", "enquiryId")
        await uow.enquiries.set_status(enquiry.id, EnquiryStatus.WITHDRAWN, now)
        payload = d.EnquiryWithdrawnV1(
            enquiry_id=enquiry.id,
            organizer_id=enquiry.organizer_id,
            user_id=enquiry.user_id,
            occurred_at=now,
            booking_id=enquiry.booking_id,
        )
        uow.publish(Event(type=d.ENQUIRY_WITHDRAWN, version=1, key=str(enquiry.id), payload=payload))
        await uow.commit()
    return replace(enquiry, status=EnquiryStatus.WITHDRAWN, status_changed_at=now)
