"""The calendar's bookings as the gallery learned them from events: whose each one is."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from gallery_service.adapters.tables import calendar_bookings


class BookingsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def learn(self, booking_id: uuid.UUID, organizer_id: uuid.UUID, now: datetime) -> None:
        """Remembers the booking's organizer; a redelivered or later event changes nothing."""
        await self.session.execute(
            insert(calendar_bookings)
            .values(booking_id=booking_id, organizer_id=organizer_id, learned_at=now)
            .on_conflict_do_nothing(index_elements=[calendar_bookings.c.booking_id])
        )

    async def organizer_of(self, booking_id: uuid.UUID) -> uuid.UUID | None:
        return await self.session.scalar(
            sa.select(calendar_bookings.c.organizer_id).where(calendar_bookings.c.booking_id == booking_id)
        )

    async def forget_organizer(self, organizer_id: uuid.UUID) -> None:
        await self.session.execute(
            sa.delete(calendar_bookings).where(calendar_bookings.c.organizer_id == organizer_id)
        )
