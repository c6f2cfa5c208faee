"""A buyer writes to a used item's seller in a thread of their own; the seller answers there.

The seller's phone is shown in a thread only once the seller has written in it. Each sender writes
at most MAX_MESSAGES_PER_HOUR messages an hour (counted under a per-sender transaction lock, so
messages sent at once cannot pass the bound together) and a thread holds at most
MAX_MESSAGES_PER_THREAD.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from servicekit.auth import Caller

from marketplace_service.domain.errors import MarketError, MarketErrorCode, not_found
from marketplace_service.domain.listings import (
    MAX_MESSAGES_PER_HOUR,
    MAX_MESSAGES_PER_THREAD,
    ListingStatus,
    message_body,
)
from marketplace_service.service_layer import events
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.unit_of_work import MarketUnitOfWork

SHOWN_MESSAGES = 100


@dataclass(frozen=True)
class ThreadView:
    thread: Any
    listing: Any
    messages: list[Any]
    seller_phone: str | None  # only once the seller has replied


async def message_seller(
    deps: UseCaseDependencies, caller: Caller, listing_id: uuid.UUID, body: str
) -> uuid.UUID:
    """A buyer's message about an active listing; their thread with its seller is made on first use."""
    buyer = uuid.UUID(authorize(caller, Operation.SELL_USED))
    text = message_body(body)
    async with deps.unit_of_work() as uow:
        listing = await uow.listings.get(listing_id)
        if listing is None or (listing.status != ListingStatus.ACTIVE.value and listing.seller_id != buyer):
            raise not_found("listing", "listingId")
        if listing.seller_id == buyer:
            raise MarketError(MarketErrorCode.OWN_LISTING, "This is your own listing.", "listingId")
        thread_id = await uow.listings.thread_of(listing_id, buyer, listing.seller_id)
        await _write(uow, deps, thread_id, buyer, text)
        await uow.commit()
    return thread_id


async def reply(deps: UseCaseDependencies, caller: Caller, thread_id: uuid.UUID, body: str) -> None:
    """A message in a thread the caller is in (buyer or seller)."""
    person = uuid.UUID(authorize(caller, Operation.SELL_USED))
    text = message_body(body)
    async with deps.unit_of_work() as uow:
        thread = await uow.listings.thread(thread_id, lock=True)
        if thread is None or person not in (thread.buyer_id, thread.seller_id):
            raise not_found("thread", "threadId")
        await _write(uow, deps, thread_id, person, text)
        await uow.commit()


async def _write(
    uow: MarketUnitOfWork, deps: UseCaseDependencies, thread_id: uuid.UUID, sender: uuid.UUID, text: str
) -> None:
    thread = await uow.listings.thread(thread_id, lock=True)
    assert thread is not None
    listing = await uow.listings.get(thread.listing_id)
    assert listing is not None
    if listing.status in (ListingStatus.REJECTED.value, ListingStatus.WITHDRAWN.value):
        raise MarketError(MarketErrorCode.LISTING_NOT_ACTIVE, "This listing is no longer open.", "threadId")
    now = deps.clock()
    await uow.listings.lock_sender(sender)
    if await uow.listings.messages_sent_since(sender, now - timedelta(hours=1)) >= MAX_MESSAGES_PER_HOUR:
        raise MarketError(
            MarketErrorCode.TOO_MANY_MESSAGES, "You have sent many messages: try again in an hour."
        )
    if await uow.listings.message_count(thread_id) >= MAX_MESSAGES_PER_THREAD:
        raise MarketError(MarketErrorCode.TOO_MANY_MESSAGES, "This conversation is full.", "threadId")
    await uow.listings.add_message(thread_id, sender, text, now)
    seller_writes = sender == thread.seller_id
    await uow.listings.touch_thread(
        thread_id, {"last_message_at": now, "seller_replied": thread.seller_replied or seller_writes}
    )
    recipient = thread.buyer_id if seller_writes else thread.seller_id
    uow.publish(events.listing_message_sent(thread, sender, recipient, now))


async def my_threads(deps: UseCaseDependencies, caller: Caller) -> list[ThreadView]:
    person = uuid.UUID(authorize(caller, Operation.SELL_USED))
    async with deps.unit_of_work() as uow:
        threads = await uow.listings.threads_of(person)
        return [await _view(uow, t, messages=1) for t in threads]


async def thread(deps: UseCaseDependencies, caller: Caller, thread_id: uuid.UUID) -> ThreadView:
    person = uuid.UUID(authorize(caller, Operation.SELL_USED))
    async with deps.unit_of_work() as uow:
        found = await uow.listings.thread(thread_id)
        if found is None or person not in (found.buyer_id, found.seller_id):
            raise not_found("thread", "id")
        return await _view(uow, found, messages=SHOWN_MESSAGES)


async def _view(uow: MarketUnitOfWork, found: Any, *, messages: int) -> ThreadView:
    listing = await uow.listings.get(found.listing_id)
    shown = await uow.listings.messages(found.id, messages)
    phone = listing.contact_phone if listing is not None and found.seller_replied else None
    return ThreadView(found, listing, shown, phone)
