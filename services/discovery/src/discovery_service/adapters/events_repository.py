"""Public events and who is interested in them."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import RowMapping
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from discovery_service.adapters.tables import column_names
from discovery_service.adapters.tables import public_event_interests as interests
from discovery_service.adapters.tables import public_events as events
from discovery_service.domain.public_event import PublicEvent
from discovery_service.domain.vocabulary import EntryKind


class PublicEventsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, event: PublicEvent) -> None:
        values = {k: getattr(event, k) for k in column_names(events)}
        values["entry"] = event.entry.value
        await self._session.execute(events.insert().values(values))

    async def get(self, event_id: uuid.UUID) -> PublicEvent | None:
        row = (await self._session.execute(sa.select(events).where(events.c.id == event_id))).first()
        return _event(row._mapping) if row else None

    async def between(
        self, district_id: str | None, start: datetime, end: datetime, first: int, offset: int
    ) -> list[PublicEvent]:
        query = sa.select(events).where(events.c.ends_at >= start, events.c.starts_at < end)
        if district_id:
            query = query.where(events.c.district_id == district_id)
        rows = await self._session.execute(
            query.order_by(events.c.starts_at, events.c.id).limit(first).offset(offset)
        )
        return [_event(r._mapping) for r in rows]

    async def mark_interested(self, event_id: uuid.UUID, user_id: uuid.UUID, at: datetime) -> int:
        """Count the user once however often they press; the event's count after it."""
        added = await self._session.execute(
            insert(interests)
            .values(event_id=event_id, user_id=user_id, created_at=at)
            .on_conflict_do_nothing()
            .returning(interests.c.user_id)
        )
        change = 1 if added.first() is not None else 0
        count = await self._session.scalar(
            sa.update(events)
            .where(events.c.id == event_id)
            .values(interested_count=events.c.interested_count + change)
            .returning(events.c.interested_count)
        )
        return int(count or 0)

    async def delete_of_publisher(self, publisher_id: uuid.UUID) -> None:
        await self._session.execute(sa.delete(events).where(events.c.publisher_id == publisher_id))

    async def forget_interests_of(self, user_id: uuid.UUID) -> None:
        gone = await self._session.execute(
            sa.delete(interests).where(interests.c.user_id == user_id).returning(interests.c.event_id)
        )
        for event_id in gone.scalars():
            await self._session.execute(
                sa.update(events)
                .where(events.c.id == event_id)
                .values(interested_count=events.c.interested_count - 1)
            )


def _event(row: RowMapping) -> PublicEvent:
    values = dict(row)
    values["entry"] = EntryKind(values["entry"])
    return PublicEvent(**values)
