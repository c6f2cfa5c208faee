"""The ics_feeds table: which feed id is live for each organizer (at most one)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from servicekit.db import new_metadata
from sqlalchemy.dialects.postgresql import UUID, insert
from sqlalchemy.ext.asyncio import AsyncSession

metadata = new_metadata()

ics_feeds = sa.Table(
    "ics_feeds",
    metadata,
    sa.Column("organizer_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("feed_id", UUID(as_uuid=True), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True)
class FeedRow:
    organizer_id: uuid.UUID
    feed_id: uuid.UUID
    created_at: datetime


class IcsFeedsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def replace(self, row: FeedRow) -> None:
        """Make `row` the organizer's live feed; the previous one stops existing."""
        values = {"organizer_id": row.organizer_id, "feed_id": row.feed_id, "created_at": row.created_at}
        statement = insert(ics_feeds).values(values)
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[ics_feeds.c.organizer_id],
                set_={"feed_id": statement.excluded.feed_id, "created_at": statement.excluded.created_at},
            )
        )

    async def remove(self, organizer_id: uuid.UUID) -> bool:
        result = await self._session.execute(
            sa.delete(ics_feeds).where(ics_feeds.c.organizer_id == organizer_id)
        )
        return bool(getattr(result, "rowcount", 0))

    async def of_organizer(self, organizer_id: uuid.UUID) -> FeedRow | None:
        return await self._one(ics_feeds.c.organizer_id == organizer_id)

    async def by_feed_id(self, feed_id: uuid.UUID) -> FeedRow | None:
        return await self._one(ics_feeds.c.feed_id == feed_id)

    async def _one(self, where: sa.ColumnElement[bool]) -> FeedRow | None:
        row = (await self._session.execute(sa.select(ics_feeds).where(where))).first()
        return FeedRow(row.organizer_id, row.feed_id, row.created_at) if row else None
