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


async def blocked_by(caller: Caller, enquiries: list[Enquiry], deps: UseCaseDependencies) -> list[bool]:
    """For each enquiry, whether the caller, as one party of it, blocked the other (False for anyone
    else, a super admin reading, say). One read per side, however many enquiries."""
    me = uuid.UUID(caller.user_id) if caller.user_id else None
    as_organizer = [e.user_id for e in enquiries if e.organizer_id == me]
    as_sender = [e.organizer_id for e in enquiries if e.user_id == me and e.organizer_id != me]
    if me is None or not (as_organizer or as_sender):
        return [False] * len(enquiries)
    async with deps.unit_of_work() as uow:
        users = await uow.enquiries.blocked_users(me, as_organizer) if as_organizer else set()
        organizers = await uow.enquiries.blocked_organizers(me, as_sender) if as_sender else set()
    return [
        (e.organizer_id == me and e.user_id in users) or (e.user_id == me and e.organizer_id in organizers)
        for e in enquiries
    ]
