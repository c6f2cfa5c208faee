"""Blocks, both ways: an organizer blocks a user (no enquiries or messages from them) and a user
blocks an organizer (no messages from them in the user's threads; the user sends them no enquiry
until they unblock). Each party sees only their own blocks, on the enquiries between them."""

from __future__ import annotations

import uuid

from servicekit.auth import Caller

from discovery_service.domain.enquiry import Enquiry
from discovery_service.domain.errors import DirectoryError
from discovery_service.domain.errors import DirectoryErrorCode as Code
from discovery_service.service_layer.authorization import Operation, authorize
from discovery_service.service_layer.dependencies import UseCaseDependencies
from discovery_service.service_layer.listings import organizer_uuid, parse_id


async def set_blocked(caller: Caller, user_id: str, blocked: bool, deps: UseCaseDependencies) -> None:
    """The organizer blocks (or unblocks) a user: no new enquiries or messages from them."""
    organizer = uuid.UUID(authorize(caller, Operation.BLOCK_USER, owner_ids=(caller.user_id or "",)))
    user = parse_id(user_id, "user", "userId")
    if user == organizer:
        raise DirectoryError(Code.INVALID_INPUT, "You cannot block yourself.", "userId")
    async with deps.unit_of_work() as uow:
        if blocked:
            await uow.enquiries.block(organizer, user, deps.clock())
        else:
            await uow.enquiries.unblock(organizer, user)
        await uow.commit()


async def set_organizer_blocked(
    caller: Caller, organizer_id: str, blocked: bool, deps: UseCaseDependencies
) -> None:
    """A user blocks (or unblocks) an organizer: no messages from them in the user's threads."""
    user = uuid.UUID(authorize(caller, Operation.BLOCK_ORGANIZER, owner_ids=(caller.user_id or "",)))
    organizer = organizer_uuid(organizer_id, "organizerId")
    if organizer == user:
        raise DirectoryError(Code.INVALID_INPUT, "You cannot block yourself.", "organizerId")
    async with deps.unit_of_work() as uow:
        if blocked:
            await uow.enquiries.block_organizer(user, organizer, deps.clock())
        else:
            await uow.enquiries.unblock_organizer(user, organizer)
        await uow.commit()


async def blocked_by(caller: Caller, enquiry: Enquiry, deps: UseCaseDependencies) -> bool:
    """Whether the caller, as one party of `enquiry`, blocked the other (False for anyone else)."""
    async with deps.unit_of_work() as uow:
        if caller.is_self(str(enquiry.organizer_id)):
            return await uow.enquiries.is_blocked(enquiry.organizer_id, enquiry.user_id)
        if caller.is_self(str(enquiry.user_id)):
            return await uow.enquiries.organizer_blocked(enquiry.user_id, enquiry.organizer_id)
    return False
