"""Listings: stored whole, read back as domain objects, searched in one query."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import RowMapping
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from textsearch import text_match, threshold_statement

from discovery_service.adapters.tables import organizer_day_loads as loads
from discovery_service.adapters.tables import organizer_listings as listings
from discovery_service.domain.listing import Listing, ServiceOffer
from discovery_service.domain.vocabulary import ListingSort


@dataclass(frozen=True)
class ListingQuery:
    service: str | None = None
    district_id: str | None = None
    free_on: date | None = None
    text: str | None = None
    sort: ListingSort = ListingSort.RELEVANCE
    first: int = 20
    offset: int = 0


@dataclass(frozen=True)
class ListingPage:
    items: list[Listing]
    total: int


class ListingsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, organizer_id: uuid.UUID, *, for_update: bool = False) -> Listing | None:
        query = sa.select(listings).where(listings.c.organizer_id == organizer_id)
        row = (await self._session.execute(query.with_for_update() if for_update else query)).first()
        return _listing(row._mapping) if row else None

    async def many(self, organizer_ids: list[uuid.UUID]) -> dict[uuid.UUID, Listing]:
        rows = await self._session.execute(
            sa.select(listings).where(listings.c.organizer_id.in_(organizer_ids))
        )
        return {r.organizer_id: _listing(r._mapping) for r in rows}

    async def save(self, listing: Listing) -> None:
        values = _row(listing)
        kept = {"created_at", "organizer_id", "deactivated", "rating_sum", "rating_count"}
        statement = insert(listings).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=[listings.c.organizer_id],
            set_={k: statement.excluded[k] for k in values if k not in kept},
        )
        await self._session.execute(statement)

    async def set_deactivated(self, organizer_id: uuid.UUID) -> None:
        await self._session.execute(
            sa.update(listings).where(listings.c.organizer_id == organizer_id).values(deactivated=True)
        )

    async def delete(self, organizer_id: uuid.UUID) -> None:
        await self._session.execute(sa.delete(listings).where(listings.c.organizer_id == organizer_id))

    async def add_rating(self, organizer_id: uuid.UUID, rating: int, count: int) -> None:
        await self._session.execute(
            sa.update(listings)
            .where(listings.c.organizer_id == organizer_id)
            .values(
                rating_sum=listings.c.rating_sum + rating * count,
                rating_count=listings.c.rating_count + count,
            )
        )

    async def search(self, query: ListingQuery) -> ListingPage:
        conditions: list[sa.ColumnElement[bool]] = [listings.c.published, sa.not_(listings.c.deactivated)]
        if query.service:
            conditions.append(listings.c.service_slugs.contains([query.service]))
        if query.district_id:
            conditions.append(listings.c.district_ids.contains([query.district_id]))
        if query.free_on:
            full = sa.select(loads.c.organizer_id).where(
                loads.c.day == query.free_on, loads.c.is_full, loads.c.organizer_id == listings.c.organizer_id
            )
            conditions.append(~sa.exists(full))
        rank: sa.ColumnElement[Any] = sa.literal(0.0)
        match = text_match(listings.c.search_key, listings.c.search_words, query.text) if query.text else None
        if match is not None:
            await self._session.execute(threshold_statement())
            conditions.append(match.condition)
            rank = match.rank
        # One pass: the page and the count of every match (a window over the filtered rows).
        ordered = (
            sa.select(listings, sa.func.count().over().label("total"))
            .where(*conditions)
            .order_by(*_order(query, rank), listings.c.organizer_id)
            .limit(query.first)
            .offset(query.offset)
        )
        rows = (await self._session.execute(ordered)).all()
        if not rows and query.offset:
            total = await self._session.scalar(
                sa.select(sa.func.count()).select_from(listings).where(*conditions)
            )
            return ListingPage([], int(total or 0))
        return ListingPage([_listing(r._mapping) for r in rows], int(rows[0].total) if rows else 0)


def _order(query: ListingQuery, rank: sa.ColumnElement[Any]) -> list[sa.ColumnElement[Any]]:
    rating = sa.case((listings.c.rating_count > 0, listings.c.rating_sum * 1.0 / listings.c.rating_count))
    if query.sort is ListingSort.PRICE:
        price: sa.ColumnElement[Any] = listings.c.min_price_paise
        if query.service:
            price = listings.c.services[query.service]["min_paise"].as_integer()
        return [price.asc()]
    if query.sort is ListingSort.RATING:
        return [rating.desc().nulls_last(), listings.c.rating_count.desc()]
    return [rank.desc(), rating.desc().nulls_last()]


def _row(listing: Listing) -> dict[str, Any]:
    return {
        "organizer_id": listing.organizer_id,
        "display_name": listing.display_name,
        "display_name_te": listing.display_name_te,
        "about": listing.about,
        "services": {
            s.service: {"min_paise": s.min_paise, "max_paise": s.max_paise} for s in listing.services
        },
        "service_slugs": [s.service for s in listing.services],
        "district_ids": list(listing.district_ids),
        "languages": list(listing.languages),
        "contact_ways": list(listing.contact_ways),
        "contact_phone": listing.contact_phone,
        "contact_email": listing.contact_email,
        "min_price_paise": listing.min_price_paise,
        "search_key": listing.search_key,
        "published": listing.published,
        "deactivated": listing.deactivated,
        "rating_sum": listing.rating_sum,
        "rating_count": listing.rating_count,
        "created_at": listing.created_at,
        "updated_at": listing.updated_at,
    }


def _listing(row: RowMapping) -> Listing:
    offers = tuple(
        ServiceOffer(slug, int(row["services"][slug]["min_paise"]), int(row["services"][slug]["max_paise"]))
        for slug in row["service_slugs"]
    )
    return Listing(
        organizer_id=row["organizer_id"],
        display_name=row["display_name"],
        display_name_te=row["display_name_te"],
        about=row["about"],
        services=offers,
        district_ids=tuple(row["district_ids"]),
        languages=tuple(row["languages"]),
        contact_ways=tuple(row["contact_ways"]),
        contact_phone=row["contact_phone"],
        contact_email=row["contact_email"],
        published=row["published"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deactivated=row["deactivated"],
        rating_sum=row["rating_sum"],
        rating_count=row["rating_count"],
    )
