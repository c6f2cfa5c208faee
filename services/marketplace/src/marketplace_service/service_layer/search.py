"""The catalogue search: a query in either script (libs/textsearch's key), filters, sorts, facet
counts and cursor pages. Only active products of approved stores are found."""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from textsearch import QueryTooLong, text_match, threshold_statement

from marketplace_service.adapters import tables as t
from marketplace_service.domain.errors import MarketError, MarketErrorCode
from marketplace_service.domain.vocabulary import StoreStatus
from marketplace_service.service_layer.dependencies import UseCaseDependencies

MAX_PAGE = 100


class SearchSort(StrEnum):
    RELEVANCE = "relevance"
    PRICE_LOW = "price_low"
    PRICE_HIGH = "price_high"
    NEWEST = "newest"
    RATING = "rating"


@dataclass(frozen=True)
class CatalogueQuery:
    text: str = ""
    category_id: str | None = None
    store_id: uuid.UUID | None = None
    district_id: str | None = None
    min_price_paise: int | None = None
    max_price_paise: int | None = None
    in_stock: bool = False
    sort: SearchSort = SearchSort.RELEVANCE
    first: int = 20
    after: str | None = None


@dataclass(frozen=True)
class Facet:
    value: str
    count: int


@dataclass(frozen=True)
class CataloguePage:
    products: list[Any]
    total: int
    next_cursor: str | None
    categories: list[Facet] = field(default_factory=list)
    stores: list[Facet] = field(default_factory=list)


def cursor_for(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def offset_of(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        kind, _, number = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().partition(":")
        offset = int(number)
    except (ValueError, UnicodeDecodeError):
        raise MarketError(
            MarketErrorCode.INVALID_CURSOR, "That page cursor is not one of ours.", "after"
        ) from None
    if kind != "o" or offset < 0:
        raise MarketError(MarketErrorCode.INVALID_CURSOR, "That page cursor is not one of ours.", "after")
    return offset


def _conditions(query: CatalogueQuery) -> list[sa.ColumnElement[bool]]:
    p, s = t.products.c, t.stores.c
    found: list[sa.ColumnElement[bool]] = [p.active, s.status == StoreStatus.APPROVED.value]
    if query.category_id:
        children = sa.select(t.categories.c.id).where(t.categories.c.parent_id == query.category_id)
        found.append(sa.or_(p.category_id == query.category_id, p.category_id.in_(children)))
    if query.store_id:
        found.append(p.store_id == query.store_id)
    if query.district_id:
        found.append(s.district_id == query.district_id)
    if query.min_price_paise is not None:
        found.append(p.min_price_paise >= query.min_price_paise)
    if query.max_price_paise is not None:
        found.append(p.min_price_paise <= query.max_price_paise)
    if query.in_stock:
        found.append(sa.exists().where(t.variants.c.product_id == p.id, t.variants.c.stock > 0))
    return found


def _check(query: CatalogueQuery) -> int:
    if not 1 <= query.first <= MAX_PAGE:
        raise MarketError(MarketErrorCode.INVALID_PAGE_SIZE, f"Ask for 1 to {MAX_PAGE}.", "first")
    low, high = query.min_price_paise, query.max_price_paise
    if (low is not None and low < 0) or (high is not None and high < 0) or (low and high and low > high):
        raise MarketError(
            MarketErrorCode.INVALID_PRICE, "A price range runs from a low to a higher price.", "price"
        )
    return offset_of(query.after)


async def search_catalogue(deps: UseCaseDependencies, query: CatalogueQuery) -> CataloguePage:
    offset = _check(query)
    p = t.products.c
    conditions = _conditions(query)
    try:
        match = text_match(p.search_key, p.search_words, query.text) if query.text.strip() else None
    except QueryTooLong as error:
        raise MarketError(MarketErrorCode.INVALID_TEXT, str(error), "text") from None
    if match is not None:
        conditions.append(match.condition)
    rating = sa.case((p.rating_count > 0, p.rating_sum * 1.0 / p.rating_count), else_=0.0)
    orders = {
        SearchSort.PRICE_LOW: [p.min_price_paise.asc()],
        SearchSort.PRICE_HIGH: [p.min_price_paise.desc()],
        SearchSort.NEWEST: [p.created_at.desc()],
        SearchSort.RATING: [rating.desc(), p.rating_count.desc()],
        SearchSort.RELEVANCE: [match.rank.desc()] if match is not None else [p.created_at.desc()],
    }[query.sort]
    base = sa.select(t.products).join(t.stores, t.stores.c.id == p.store_id).where(*conditions)
    page = base.order_by(*orders, p.id).limit(query.first + 1).offset(offset)
    counted = base.with_only_columns(p.category_id, p.store_id).subquery()
    async with deps.unit_of_work() as uow:
        if match is not None:
            await uow.session.execute(threshold_statement())
        rows = list((await uow.session.execute(page)).all())
        by_category = (
            await uow.session.execute(
                sa.select(counted.c.category_id, sa.func.count()).group_by(counted.c.category_id)
            )
        ).all()
        by_store = (
            await uow.session.execute(
                sa.select(counted.c.store_id, sa.func.count())
                .group_by(counted.c.store_id)
                .order_by(sa.func.count().desc())
                .limit(20)
            )
        ).all()
    more = len(rows) > query.first
    return CataloguePage(
        rows[: query.first],
        sum(n for _, n in by_category),
        cursor_for(offset + query.first) if more else None,
        sorted((Facet(str(c), n) for c, n in by_category), key=lambda f: -f.count),
        [Facet(str(s), n) for s, n in by_store],
    )
