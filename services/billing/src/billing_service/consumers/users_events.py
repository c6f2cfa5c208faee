"""users.user.profile_changed keeps billing's copy of the organizer's business facts;
users.user.erased erases what billing keeps of the person except what the law keeps (decision 0024)."""

from __future__ import annotations

from contracts import users as u
from servicekit.consumers.registry import HandlerRegistry
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from billing_service.adapters.documents_repository import DocumentsRepository
from billing_service.adapters.images_repository import ImagesRepository
from billing_service.adapters.profiles_repository import ProfilesRepository


async def keep_profile_facts(session: AsyncSession, envelope: Envelope) -> None:
    event = u.UserProfileChangedV1.model_validate(envelope.payload)
    address = event.address.model_dump() if event.address else None
    values = {
        "name": event.name,
        "business_name": event.business_name,
        "gstin": event.gstin,
        "state_code": event.state_code,
        "address": address,
        "erased_at": None,
    }
    await ProfilesRepository(session).replace_facts(event.user_id, values, event.occurred_at)


async def erase_person(session: AsyncSession, envelope: Envelope) -> None:
    event = u.UserErasedV1.model_validate(envelope.payload)
    await DocumentsRepository(session).delete_unissued_of(event.user_id)
    await ProfilesRepository(session).erase_organizer(event.user_id, event.occurred_at)
    # A signature is the person's (the kept invoices keep their numbers and amounts, not the image);
    # a logo is the business's, like its name, and stays.
    await ImagesRepository(session).remove(event.user_id, "signature")


def users_handlers() -> HandlerRegistry:
    registry = HandlerRegistry()
    registry.register(u.USER_PROFILE_CHANGED, 1, keep_profile_facts)
    registry.register(u.USER_ERASED, 1, erase_person)
    return registry
