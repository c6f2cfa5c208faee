"""Finding used-item listings: the public search (active listings, either script, keyset pages), one
listing, a seller's own, and the moderation queue."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from servicekit.auth import Caller, Role
from textsearch import text_match

from marketplace_service.adapters import tables as t
from marketplace_service.domain.errors import MarketError, MarketErrorCode, not_found
from marketplace_service.domain.listings import ListingCondition, ListingStatus
from marketplace_service.domain.stores import district_id
from marketplace_service.service_layer import keyset
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.keyset import SortKey
from marketplace_service.service_layer.search import FLOAT8, SearchSort


@dataclass(frozen=True)
class ListingQuery:
    text: str = ""
    category_id: str | None = None
    district: str | None = None
    condition: ListingCondition | None = None
    min_price_paise: int | None = None
    max_price_paise: int | None = None
    sort: SearchSort = SearchSort.RELEVANCE
    first: int = 20
    after: str | None = None


@dataclass(frozen=True)
class ListingPage:
    listings: list[Any]
    next_cursor: str | None


def _keys(sort: SearchSort, rank: sa.ColumnElement[float] | None) -> list[SortKey]:
    c = t.listings.c
    newest = [SortKey(c.created_at, True, datetime), SortKey(c.id, True, uuid.UUID)]
    if sort is SearchSort.RELEVANCE and rank is not None:
        return [SortKey(sa.cast(rank, FLOAT8), True, float), SortKey(c.id, False, uuid.UUID)]
    if sort is SearchSort.PRICE_LOW:
        return [SortKey(c.price_paise, False, int), SortKey(c.id, False, uuid.UUID)]
    if sort is SearchSort.PRICE_HIGH:
        return [SortKey(c.price_paise, True, int), SortKey(c.id, False, uuid.UUID)]
    return newest  # newest, rating (listings have none) and relevance without words


def _conditions(query: ListingQuery) -> list[sa.ColumnElement[bool]]:
    c = t.listings.c
    found: list[sa.ColumnElement[bool]] = [c.status == ListingStatus.ACTIVE.value]
    if query.category_id:
        children = sa.select(t.categories.c.id).where(t.categories.c.parent_id == query.category_id)
        found.append(sa.or_(c.category_id == query.category_id, c.category_id.in_(children)))
    if query.district:
        found.append(c.district_id == district_id(query.district, "districtId"))
    if query.condition:
        found.append(c.condition == query.condition.value)
    low, high = query.min_price_paise, query.max_price_paise
    if (low is not None and low < 0) or (high is not None and high < 0) or (low and high and low > high):
        raise MarketError(
            MarketErrorCode.INVALID_PRICE, "A price range runs from a low to a higher price.", "price"
        )
    if low is not None:
        found.append(c.price_paise >= low)
    if high is not None:
        found.append(c.price_paise <= high)
    return found


async def search_listings(deps: UseCaseDependencies, query: ListingQuery) -> ListingPage:
    c = t.listings.c
    conditions = _conditions(query)
    match = text_match(c.search_key, c.search_words, query.text) if query.text.strip() else None
    if match is not None:
        conditions.append(match.condition)
    keys = _keys(query.sort, match.rank if match is not None else None)
    sort_name = f"listings:{query.sort.value}:{'text' if match is not None else 'all'}"
    statement = sa.select(t.listings).where(*conditions)
    rows, cursor = await keyset.page(
        deps, statement, keys, sort_name, query.first, query.after, fuzzy=match is not None
    )
    return ListingPage(rows, cursor)


def _may_see_any(caller: Caller) -> bool:
    return caller.has(Role.SUPER_ADMIN)


async def listing(deps: UseCaseDependencies, caller: Caller, listing_id: uuid.UUID) -> Any:
    """An active or sold listing; any of one's own; any at all for super admins."""
    async with deps.unit_of_work() as uow:
        found = await uow.listings.get(listing_id)
    shown = found is not None and (
        found.status in (ListingStatus.ACTIVE.value, ListingStatus.SOLD.value)
        or _may_see_any(caller)
        or (caller.user_id is not None and str(found.seller_id) == caller.user_id)
    )
    if not shown:
        raise not_found("listing", "id")
    return found


async def my_listings(deps: UseCaseDependencies, caller: Caller) -> list[Any]:
    seller = uuid.UUID(authorize(caller, Operation.SELL_USED))
    async with deps.unit_of_work() as uow:
        return await uow.listings.of_seller(seller)


async def listings_to_moderate(
    deps: UseCaseDependencies, caller: Caller, status: ListingStatus, first: int, after: str | None
) -> ListingPage:
    """Super admins' queue: listings of a status, oldest first (first come, first moderated)."""
    authorize(caller, Operation.MODERATE)
    c = t.listings.c
    keys = [SortKey(c.created_at, False, datetime), SortKey(c.id, False, uuid.UUID)]
    statement = sa.select(t.listings).where(c.status == status.value)
    rows, cursor = await keyset.page(deps, statement, keys, f"moderation:{status.value}", first, after)
    return ListingPage(rows, cursor)
