"""The availability read model: one row per organizer and day the calendar reported on."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from discovery_service.adapters.tables import organizer_day_loads as loads


class AvailabilityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, organizer_id: uuid.UUID, day: date, *, full: bool, changed_at: datetime) -> None:
        """Keep the day's state unless a newer report is already kept (events may arrive late)."""
        statement = insert(loads).values(
            organizer_id=organizer_id, day=day, is_full=full, changed_at=changed_at
        )
        statement = statement.on_conflict_do_update(
            index_elements=[loads.c.organizer_id, loads.c.day],
            set_={
                "is_full": statement.excluded.is_full,
                "changed_at": statement.excluded.changed_at,
                "recorded_at": sa.func.now(),
            },
            where=loads.c.changed_at <= statement.excluded.changed_at,
        )
        await self._session.execute(statement)

    async def full_days(self, organizer_id: uuid.UUID, first: date, last: date) -> list[date]:
        query = sa.select(loads.c.day).where(
            loads.c.organizer_id == organizer_id, loads.c.is_full, loads.c.day.between(first, last)
        )
        return list((await self._session.scalars(query.order_by(loads.c.day))).all())

    async def forget(self, organizer_id: uuid.UUID) -> None:
        await self._session.execute(sa.delete(loads).where(loads.c.organizer_id == organizer_id))
