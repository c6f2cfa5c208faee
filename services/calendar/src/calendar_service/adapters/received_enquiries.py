"""The directory's enquiries received for each organizer: what a booking's `source_enquiry_id` may name."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters.tables import received_enquiries


class ReceivedEnquiries:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, enquiry_id: uuid.UUID, organizer_id: uuid.UUID, at: datetime) -> None:
        statement = insert(received_enquiries).values(
            enquiry_id=enquiry_id, organizer_id=organizer_id, received_at=at
        )
        await self._session.execute(statement.on_conflict_do_nothing())

    async def sent_to(self, enquiry_id: uuid.UUID, organizer_id: uuid.UUID) -> bool:
        query = sa.select(received_enquiries.c.enquiry_id).where(
            received_enquiries.c.enquiry_id == enquiry_id, received_enquiries.c.organizer_id == organizer_id
        )
        return (await self._session.scalar(query)) is not None

    async def forget_organizer(self, organizer_id: uuid.UUID) -> None:
        await self._session.execute(
            sa.delete(received_enquiries).where(received_enquiries.c.organizer_id == organizer_id)
        )
