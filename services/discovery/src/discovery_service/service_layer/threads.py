"""Reading enquiries and their threads, writing in them, and the organizer's notifications."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from servicekit.auth import Caller
from servicekit.auth.policy import require_authenticated
from servicekit.errors import Forbidden

from discovery_service.domain import checks as check
from discovery_service.domain.enquiry import LONGEST_MESSAGE, Enquiry, Notification, ThreadMessage
from discovery_service.domain.errors import DirectoryError, not_found
from discovery_service.domain.errors import DirectoryErrorCode as Code
from discovery_service.service_layer.authorization import Operation, authorize
from discovery_service.service_layer.dependencies import UseCaseDependencies
from discovery_service.service_layer.enquiries import enquiry_uuid, new_id
from discovery_service.service_layer.listings import organizer_uuid, parse_id


@dataclass(frozen=True)
class EnquiryPage:
    items: list[Enquiry]
    total: int


async def my_enquiries(caller: Caller, first: int, offset: int, deps: UseCaseDependencies) -> EnquiryPage:
    user = uuid.UUID(require_authenticated(caller))
    check.page_size(first, offset)
    async with deps.unit_of_work() as uow:
        items, total = await uow.enquiries.page(user_id=user, first=first, offset=offset)
    return EnquiryPage(items, total)


async def organizer_enquiries(
    caller: Caller, organizer_id: str | None, first: int, offset: int, deps: UseCaseDependencies
) -> EnquiryPage:
    owner = organizer_id or require_authenticated(caller)
    authorize(caller, Operation.READ_ORGANIZER_INBOX, owner_ids=(owner,))
    check.page_size(first, offset)
    async with deps.unit_of_work() as uow:
        items, total = await uow.enquiries.page(
            organizer_id=organizer_uuid(owner), first=first, offset=offset
        )
    return EnquiryPage(items, total)


async def get_enquiry(caller: Caller, enquiry_id: str, deps: UseCaseDependencies) -> Enquiry:
    async with deps.unit_of_work() as uow:
        enquiry = await uow.enquiries.get(enquiry_uuid(enquiry_id))
    _ensure_party(caller, enquiry, Operation.READ_ENQUIRY)
    assert enquiry is not None
    return enquiry


async def threads_of(enquiry_ids: list[uuid.UUID], deps: UseCaseDependencies) -> list[list[ThreadMessage]]:
    """The threads of enquiries the caller was already allowed to read, in one read."""
    async with deps.unit_of_work() as uow:
        found = await uow.enquiries.threads(enquiry_ids)
    return [found[i] for i in enquiry_ids]


def _ensure_party(caller: Caller, enquiry: Enquiry | None, operation: Operation) -> str:
    # Someone else's enquiry answers NOT_FOUND, as a missing one does: ids reveal nothing.
    if enquiry is None:
        raise not_found("enquiry", "enquiryId")
    try:
        return authorize(caller, operation, owner_ids=(str(enquiry.user_id), str(enquiry.organizer_id)))
    except Forbidden:
        raise not_found("enquiry", "enquiryId") from None


async def post_message(
    caller: Caller, enquiry_id: str, body: str, deps: UseCaseDependencies
) -> ThreadMessage:
    text = check.text(body, "body", longest=LONGEST_MESSAGE)
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        enquiry = await uow.enquiries.get(enquiry_uuid(enquiry_id))
        author = uuid.UUID(_ensure_party(caller, enquiry, Operation.WRITE_IN_THREAD))
        assert enquiry is not None
        from_organizer = author == enquiry.organizer_id
        if not from_organizer and await uow.enquiries.is_blocked(enquiry.organizer_id, author):
            raise DirectoryError(Code.BLOCKED, "This organizer does not take your messages.", "enquiryId")
        if from_organizer and await uow.enquiries.organizer_blocked(enquiry.user_id, author):
            raise DirectoryError(Code.BLOCKED, "This person does not take your messages.", "enquiryId")
        if enquiry.status.closed:
            raise DirectoryError(Code.ENQUIRY_CLOSED, "This enquiry is closed.", "enquiryId")
        message = ThreadMessage(new_id(), enquiry.id, author, from_organizer, text, now)
        await uow.enquiries.add_message(message)
        if not from_organizer:
            summary = f"New message from {enquiry.contact_name}"
            await uow.enquiries.notify(
                Notification(
                    new_id(), enquiry.organizer_id, enquiry.id, "message_received", summary, now, None
                )
            )
        await uow.commit()
    return message


async def notifications(
    caller: Caller, first: int, offset: int, deps: UseCaseDependencies
) -> list[Notification]:
    organizer = authorize(caller, Operation.READ_ORGANIZER_INBOX, owner_ids=(caller.user_id or "",))
    check.page_size(first, offset)
    async with deps.unit_of_work() as uow:
        return await uow.enquiries.notifications(uuid.UUID(organizer), first, offset)


async def mark_notification_read(caller: Caller, notification_id: str, deps: UseCaseDependencies) -> None:
    organizer = authorize(caller, Operation.READ_ORGANIZER_INBOX, owner_ids=(caller.user_id or "",))
    async with deps.unit_of_work() as uow:
        found = await uow.enquiries.mark_read(
            uuid.UUID(organizer), parse_id(notification_id, "notification", "notificationId"), deps.clock()
        )
        if not found:
            raise not_found("notification", "notificationId")
        await uow.commit()
