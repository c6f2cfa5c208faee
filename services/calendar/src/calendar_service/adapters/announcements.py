"""The moment of each organizer's latest calendar.availability.changed. Stamping takes the organizer's
row lock until the transaction ends, so one organizer's days are announced one transaction at a time,
each seeing what the one before committed and stamped after it (decision 0048)."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters.tables import availability_announcements as announced


class Announcements:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def stamp(self, organizer_id: uuid.UUID, now: datetime) -> datetime:
        """`now`, or just after the organizer's last announcement if that is later (a transaction that
        waited here read the clock before the one it waited for)."""
        values = insert(announced).values(organizer_id=organizer_id, announced_at=now)
        statement = values.on_conflict_do_update(
            index_elements=[announced.c.organizer_id],
            set_={
                "announced_at": sa.func.greatest(
                    values.excluded.announced_at,
                    announced.c.announced_at + sa.text("interval '1 microsecond'"),
                )
            },
        ).returning(announced.c.announced_at)
        stamped: datetime = (await self.session.execute(statement)).scalar_one()
        return stamped
