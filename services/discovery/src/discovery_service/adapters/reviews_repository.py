"""Reviews of organizers."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import RowMapping
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from discovery_service.adapters.tables import column_names, reviews
from discovery_service.domain.review import Review
from discovery_service.domain.vocabulary import ReviewStatus


class ReviewsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, review: Review) -> bool:
        """Store a new review; False when the enquiry already has one (the unique enquiry decides)."""
        values = {k: getattr(review, k) for k in column_names(reviews)}
        values["status"] = review.status.value
        statement = (
            insert(reviews).values(values).on_conflict_do_nothing(index_elements=[reviews.c.enquiry_id])
        )
        return (await self._session.execute(statement.returning(reviews.c.id))).first() is not None

    async def get(self, review_id: uuid.UUID, *, for_update: bool = False) -> Review | None:
        query = sa.select(reviews).where(reviews.c.id == review_id)
        row = (await self._session.execute(query.with_for_update() if for_update else query)).first()
        return _review(row._mapping) if row else None

    async def update(self, review_id: uuid.UUID, **values: Any) -> None:
        await self._session.execute(sa.update(reviews).where(reviews.c.id == review_id).values(values))

    async def of_organizer(
        self, organizer_id: uuid.UUID, first: int, offset: int, *, include_hidden: bool
    ) -> list[Review]:
        query = sa.select(reviews).where(reviews.c.organizer_id == organizer_id)
        if not include_hidden:
            query = query.where(reviews.c.status == ReviewStatus.PUBLISHED.value)
        rows = await self._session.execute(
            query.order_by(reviews.c.created_at.desc(), reviews.c.id).limit(first).offset(offset)
        )
        return [_review(r._mapping) for r in rows]

    async def of_user(self, user_id: uuid.UUID) -> list[Review]:
        rows = await self._session.execute(sa.select(reviews).where(reviews.c.user_id == user_id))
        return [_review(r._mapping) for r in rows]

    async def delete(self, review_id: uuid.UUID) -> None:
        await self._session.execute(sa.delete(reviews).where(reviews.c.id == review_id))


def _review(row: RowMapping) -> Review:
    values = dict(row)
    values["status"] = ReviewStatus(values["status"])
    return Review(**values)
