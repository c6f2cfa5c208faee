"""Used-item listings: any signed-in person lists one (pending), super admins approve or reject it,
its seller edits it (back to pending: what was approved is no longer what is shown), marks it sold or
withdraws it. At most MAX_OPEN_LISTINGS open per seller, counted under a
per-seller transaction lock so two listings made at once cannot both slip under the bound."""

from __future__ import annotations

import uuid
from typing import Any

from servicekit.auth import Caller
from textsearch import search_key

from marketplace_service.domain.errors import MarketError, MarketErrorCode, not_found
from marketplace_service.domain.listings import (
    MAX_OPEN_LISTINGS,
    OPEN_STATUSES,
    ListingInput,
    ListingStatus,
    checked_listing,
)
from marketplace_service.domain.texts import required_text
from marketplace_service.service_layer import events
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.unit_of_work import MarketUnitOfWork


async def create_listing(deps: UseCaseDependencies, caller: Caller, raw: ListingInput) -> uuid.UUID:
    seller = uuid.UUID(authorize(caller, Operation.SELL_USED))
    async with deps.unit_of_work() as uow:
        listing = checked_listing(raw, {c.id for c in await uow.catalogue.categories()})
        await uow.listings.lock_seller(seller)
        if await uow.listings.open_count(seller, [s.value for s in OPEN_STATUSES]) >= MAX_OPEN_LISTINGS:
            raise MarketError(
                MarketErrorCode.TOO_MANY_LISTINGS,
                f"You have {MAX_OPEN_LISTINGS} listings open: mark one sold or withdraw it first.",
            )
        listing_id, now = uuid.uuid4(), deps.clock()
        await uow.listings.add(
            {
                "id": listing_id,
                "seller_id": seller,
                "category_id": listing.category_id,
                "title": listing.title,
                "description": listing.description,
                "condition": listing.condition.value,
                "price_paise": listing.price_paise,
                "district_id": listing.district_id,
                "contact_phone": listing.contact_phone,
                "search_key": search_key(listing.title, listing.description),
                "status": ListingStatus.PENDING.value,
                "created_at": now,
                "updated_at": now,
            }
        )
        await _publish(uow, listing_id, deps)
        await uow.commit()
    return listing_id


async def update_listing(
    deps: UseCaseDependencies, caller: Caller, listing_id: uuid.UUID, raw: ListingInput
) -> None:
    """The seller changes a pending or active listing; it waits for a super admin's approval again."""
    seller = uuid.UUID(authorize(caller, Operation.SELL_USED))
    async with deps.unit_of_work() as uow:
        listing = checked_listing(raw, {c.id for c in await uow.catalogue.categories()})
        await _move(
            uow,
            deps,
            listing_id,
            {s.value: ListingStatus.PENDING.value for s in OPEN_STATUSES},
            {
                "category_id": listing.category_id,
                "title": listing.title,
                "description": listing.description,
                "condition": listing.condition.value,
                "price_paise": listing.price_paise,
                "district_id": listing.district_id,
                "contact_phone": listing.contact_phone,
                "search_key": search_key(listing.title, listing.description),
                "status_reason": None,
            },
            lambda row: row.seller_id == seller,
        )


async def _publish(uow: MarketUnitOfWork, listing_id: uuid.UUID, deps: UseCaseDependencies) -> None:
    listing = await uow.listings.get(listing_id)
    assert listing is not None
    uow.publish(events.listing_changed(listing, deps.clock()))


async def _move(
    uow: MarketUnitOfWork,
    deps: UseCaseDependencies,
    listing_id: uuid.UUID,
    allowed: dict[str, str],
    values: dict[str, Any],
    check: Any,
) -> None:
    listing = await uow.listings.get(listing_id, lock=True)
    if listing is None or not check(listing):
        raise not_found("listing", "listingId")
    if listing.status not in allowed:
        raise MarketError(
            MarketErrorCode.INVALID_TRANSITION, f"A {listing.status} listing cannot do that.", "listingId"
        )
    await uow.listings.update(
        listing_id, {"status": allowed[listing.status], "updated_at": deps.clock(), **values}
    )
    await _publish(uow, listing_id, deps)
    await uow.commit()


async def moderate_listing(
    deps: UseCaseDependencies, caller: Caller, listing_id: uuid.UUID, approve: bool, reason: str | None
) -> None:
    """Approve a pending listing, or reject a pending or active one with a reason."""
    authorize(caller, Operation.MODERATE)
    values: dict[str, str | None]
    if approve:
        allowed, values = {"pending": ListingStatus.ACTIVE.value}, {"status_reason": None}
    else:
        if not (reason or "").strip():
            raise MarketError(MarketErrorCode.REASON_REQUIRED, "Say why the listing is rejected.", "reason")
        said = required_text(reason, "reason", limit=500)
        allowed = {s: ListingStatus.REJECTED.value for s in ("pending", "active")}
        values = {"status_reason": said}
    async with deps.unit_of_work() as uow:
        await _move(uow, deps, listing_id, allowed, values, lambda _: True)


async def close_listing(
    deps: UseCaseDependencies, caller: Caller, listing_id: uuid.UUID, *, sold: bool
) -> None:
    """The seller marks an active listing sold, or withdraws a pending or active one."""
    seller = uuid.UUID(authorize(caller, Operation.SELL_USED))
    allowed = (
        {"active": ListingStatus.SOLD.value}
        if sold
        else {s: ListingStatus.WITHDRAWN.value for s in ("pending", "active")}
    )
    async with deps.unit_of_work() as uow:
        await _move(uow, deps, listing_id, allowed, {}, lambda listing: listing.seller_id == seller)
