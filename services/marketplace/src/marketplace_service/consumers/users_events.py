"""users.user.profile_changed keeps the sellers' facts (GSTIN, state) the stores use;
users.user.erased erases what the marketplace keeps of the person except the orders the law keeps
(decision 0030); their used-item listings are withdrawn with their phone and descriptions, and
the words of their messages erased (decision 0042)."""

from __future__ import annotations

from contracts import users as u
from servicekit.consumers.registry import HandlerRegistry
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from marketplace_service.adapters.listings_repository import ListingsRepository
from marketplace_service.adapters.orders_repository import OrdersRepository
from marketplace_service.adapters.stores_repository import StoresRepository


async def keep_seller_facts(session: AsyncSession, envelope: Envelope) -> None:
    event = u.UserProfileChangedV1.model_validate(envelope.payload)
    values = {
        "name": event.name,
        "business_name": event.business_name,
        "gstin": event.gstin,
        "state_code": event.state_code,
        "erased_at": None,
    }
    await StoresRepository(session).replace_facts(event.user_id, values, event.occurred_at)


async def erase_person(session: AsyncSession, envelope: Envelope) -> None:
    event = u.UserErasedV1.model_validate(envelope.payload)
    values = {
        "name": None,
        "business_name": None,
        "gstin": None,
        "state_code": None,
        "erased_at": event.occurred_at,
    }
    await StoresRepository(session).replace_facts(event.user_id, values, event.occurred_at)
    await OrdersRepository(session).erase_buyer(event.user_id)
    await ListingsRepository(session).erase_person(event.user_id, event.occurred_at)


def users_handlers() -> HandlerRegistry:
    registry = HandlerRegistry()
    registry.register(u.USER_PROFILE_CHANGED, 1, keep_seller_facts)
    registry.register(u.USER_ERASED, 1, erase_person)
    return registry
