"""Enquiries, their threads, the organizers' blocks and notifications."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import RowMapping
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from discovery_service.adapters.tables import (
    column_names,
    enquiries,
    enquiry_messages,
    organizer_blocks,
    organizer_notifications,
    user_blocks,
)
from discovery_service.domain.enquiry import Enquiry, Notification, ThreadMessage
from discovery_service.domain.vocabulary import EnquiryStatus


class EnquiriesRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock_sender(self, user_id: uuid.UUID) -> None:
        """Serialise one user's sends, so two at once cannot both pass the daily limit."""
        await self._session.execute(
            sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
            {"key": f"enquiries:{user_id}"},
        )

    async def sent_since(self, user_id: uuid.UUID, since: datetime) -> int:
        query = sa.select(sa.func.count()).where(
            enquiries.c.user_id == user_id, enquiries.c.created_at >= since
        )
        return int(await self._session.scalar(query) or 0)

    async def made_by_request(self, user_id: uuid.UUID, request_key: str) -> list[Enquiry]:
        rows = await self._session.execute(
            sa.select(enquiries)
            .where(enquiries.c.user_id == user_id, enquiries.c.request_key == request_key)
            .order_by(enquiries.c.id)
        )
        return [_enquiry(r._mapping) for r in rows]

    async def add(self, enquiry: Enquiry) -> None:
        values = {k: getattr(enquiry, k) for k in column_names(enquiries)}
        values["preferred_dates"] = list(enquiry.preferred_dates)
        values["status"] = enquiry.status.value
        await self._session.execute(enquiries.insert().values(values))

    async def get(self, enquiry_id: uuid.UUID, *, for_update: bool = False) -> Enquiry | None:
        query = sa.select(enquiries).where(enquiries.c.id == enquiry_id)
        row = (await self._session.execute(query.with_for_update() if for_update else query)).first()
        return _enquiry(row._mapping) if row else None

    async def page(
        self,
        *,
        user_id: uuid.UUID | None = None,
        organizer_id: uuid.UUID | None = None,
        first: int,
        offset: int,
    ) -> tuple[list[Enquiry], int]:
        where = enquiries.c.user_id == user_id if user_id else enquiries.c.organizer_id == organizer_id
        total = await self._session.scalar(sa.select(sa.func.count()).select_from(enquiries).where(where))
        rows = await self._session.execute(
            sa.select(enquiries)
            .where(where)
            .order_by(enquiries.c.created_at.desc(), enquiries.c.id)
            .limit(first)
            .offset(offset)
        )
        return [_enquiry(r._mapping) for r in rows], int(total or 0)

    async def set_status(
        self, enquiry_id: uuid.UUID, status: EnquiryStatus, at: datetime, booking_id: uuid.UUID | None = None
    ) -> None:
        values: dict[str, Any] = {"status": status.value, "status_changed_at": at}
        if booking_id is not None:
            values["booking_id"] = booking_id
        await self._session.execute(sa.update(enquiries).where(enquiries.c.id == enquiry_id).values(values))

    async def add_message(self, message: ThreadMessage) -> None:
        await self._session.execute(
            enquiry_messages.insert().values({k: getattr(message, k) for k in column_names(enquiry_messages)})
        )

    async def threads(self, enquiry_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[ThreadMessage]]:
        """The threads of several enquiries in one read."""
        rows = await self._session.execute(
            sa.select(enquiry_messages)
            .where(enquiry_messages.c.enquiry_id.in_(enquiry_ids))
            .order_by(enquiry_messages.c.created_at, enquiry_messages.c.id)
        )
        found: dict[uuid.UUID, list[ThreadMessage]] = {i: [] for i in enquiry_ids}
        for row in rows:
            found[row.enquiry_id].append(ThreadMessage(**dict(row._mapping)))
        return found

    async def blocked_users(self, organizer_id: uuid.UUID, user_ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Which of `user_ids` the organizer blocked."""
        query = sa.select(organizer_blocks.c.user_id).where(
            organizer_blocks.c.organizer_id == organizer_id, organizer_blocks.c.user_id.in_(user_ids)
        )
        return set((await self._session.scalars(query)).all())

    async def blocked_organizers(self, user_id: uuid.UUID, organizer_ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Which of `organizer_ids` the user blocked."""
        query = sa.select(user_blocks.c.organizer_id).where(
            user_blocks.c.user_id == user_id, user_blocks.c.organizer_id.in_(organizer_ids)
        )
        return set((await self._session.scalars(query)).all())

    async def is_blocked(self, organizer_id: uuid.UUID, user_id: uuid.UUID) -> bool:
        query = sa.select(organizer_blocks.c.user_id).where(
            organizer_blocks.c.organizer_id == organizer_id, organizer_blocks.c.user_id == user_id
        )
        return (await self._session.scalar(query)) is not None

    async def block(self, organizer_id: uuid.UUID, user_id: uuid.UUID, at: datetime) -> None:
        statement = insert(organizer_blocks).values(organizer_id=organizer_id, user_id=user_id, created_at=at)
        await self._session.execute(statement.on_conflict_do_nothing())

    async def unblock(self, organizer_id: uuid.UUID, user_id: uuid.UUID) -> None:
        await self._session.execute(
            sa.delete(organizer_blocks).where(
                organizer_blocks.c.organizer_id == organizer_id, organizer_blocks.c.user_id == user_id
            )
        )

    async def organizer_blocked(self, user_id: uuid.UUID, organizer_id: uuid.UUID) -> bool:
        """Whether the user blocked the organizer (the other way round is `is_blocked`)."""
        query = sa.select(user_blocks.c.user_id).where(
            user_blocks.c.user_id == user_id, user_blocks.c.organizer_id == organizer_id
        )
        return (await self._session.scalar(query)) is not None

    async def block_organizer(self, user_id: uuid.UUID, organizer_id: uuid.UUID, at: datetime) -> None:
        statement = insert(user_blocks).values(user_id=user_id, organizer_id=organizer_id, created_at=at)
        await self._session.execute(statement.on_conflict_do_nothing())

    async def unblock_organizer(self, user_id: uuid.UUID, organizer_id: uuid.UUID) -> None:
        await self._session.execute(
            sa.delete(user_blocks).where(
                user_blocks.c.user_id == user_id, user_blocks.c.organizer_id == organizer_id
            )
        )

    async def notify(self, notification: Notification) -> None:
        values = {k: getattr(notification, k) for k in column_names(organizer_notifications)}
        await self._session.execute(organizer_notifications.insert().values(values))

    async def notifications(self, organizer_id: uuid.UUID, first: int, offset: int) -> list[Notification]:
        rows = await self._session.execute(
            sa.select(organizer_notifications)
            .where(organizer_notifications.c.organizer_id == organizer_id)
            .order_by(organizer_notifications.c.created_at.desc(), organizer_notifications.c.id)
            .limit(first)
            .offset(offset)
        )
        return [Notification(**dict(r._mapping)) for r in rows]

    async def mark_read(self, organizer_id: uuid.UUID, notification_id: uuid.UUID, at: datetime) -> bool:
        result = await self._session.execute(
            sa.update(organizer_notifications)
            .where(
                organizer_notifications.c.id == notification_id,
                organizer_notifications.c.organizer_id == organizer_id,
            )
            .values(read_at=sa.func.coalesce(organizer_notifications.c.read_at, at))
            .returning(organizer_notifications.c.id)
        )
        return result.first() is not None


def _enquiry(row: RowMapping) -> Enquiry:
    values = dict(row)
    values["preferred_dates"] = tuple(values["preferred_dates"])
    values["status"] = EnquiryStatus(values["status"])
    return Enquiry(**values)
