"""The catalogue search: a query in either script (libs/textsearch's key), filters, sorts, facet
counts and cursor pages. Only active products of approved stores are found."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from textsearch import QueryTooLong, text_match, threshold_statement

from marketplace_service.adapters import tables as t
from marketplace_service.domain.errors import MarketError, MarketErrorCode
from marketplace_service.domain.vocabulary import StoreStatus
from marketplace_service.service_layer import keyset
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.keyset import SortKey

MAX_PAGE = keyset.MAX_PAGE
FLOAT8 = sa.Float(precision=53)


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


def _check(query: CatalogueQuery) -> None:
    keyset.page_size(query.first)
    low, high = query.min_price_paise, query.max_price_paise
    if (low is not None and low < 0) or (high is not None and high < 0) or (low and high and low > high):
        raise MarketError(
            MarketErrorCode.INVALID_PRICE, "A price range runs from a low to a higher price.", "price"
        )


def sort_keys(sort: SearchSort, rank: sa.ColumnElement[float] | None) -> list[SortKey]:
    """The order of a sort, the product id last so it is total (and so a keyset can seek it)."""
    p = t.products.c
    rating = sa.case((p.rating_count > 0, p.rating_sum * 1.0 / p.rating_count), else_=0.0)
    newest = [SortKey(p.created_at, True, datetime), SortKey(p.id, True, uuid.UUID)]
    if sort is SearchSort.RELEVANCE:
        if rank is None:
            return newest
        return [SortKey(sa.cast(rank, FLOAT8), True, float), SortKey(p.id, False, uuid.UUID)]
    return {
        SearchSort.PRICE_LOW: [SortKey(p.min_price_paise, False, int), SortKey(p.id, False, uuid.UUID)],
        SearchSort.PRICE_HIGH: [SortKey(p.min_price_paise, True, int), SortKey(p.id, False, uuid.UUID)],
        SearchSort.NEWEST: newest,
        SearchSort.RATING: [
            SortKey(sa.cast(rating, FLOAT8), True, float),
            SortKey(p.rating_count, True, int),
            SortKey(p.id, False, uuid.UUID),
        ],
    }[sort]


async def search_catalogue(deps: UseCaseDependencies, query: CatalogueQuery) -> CataloguePage:
    _check(query)
    p = t.products.c
    conditions = _conditions(query)
    try:
        match = text_match(p.search_key, p.search_words, query.text) if query.text.strip() else None
    except QueryTooLong as error:
        raise MarketError(MarketErrorCode.INVALID_TEXT, str(error), "text") from None
    if match is not None:
        conditions.append(match.condition)
    keys = sort_keys(query.sort, match.rank if match is not None else None)
    sort_name = f"{query.sort.value}:{'text' if match is not None else 'all'}"
    last = keyset.decode(query.after, sort_name, keys)
    base = sa.select(t.products).join(t.stores, t.stores.c.id == p.store_id).where(*conditions)
    labelled = [k.expression.label(f"_k{n}") for n, k in enumerate(keys)]
    page = base.add_columns(*labelled).order_by(*(k.ordered() for k in keys)).limit(query.first + 1)
    if last is not None:
        page = page.where(keyset.after(keys, last))
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
    shown = rows[: query.first]
    more = len(rows) > query.first
    cursor = (
        keyset.encode(sort_name, [shown[-1]._mapping[f"_k{n}"] for n in range(len(keys))]) if more else None
    )
    return CataloguePage(
        shown,
        sum(n for _, n in by_category),
        cursor,
        sorted((Facet(str(c), n) for c, n in by_category), key=lambda f: -f.count),
        [Facet(str(s), n) for s, n in by_store],
    )
