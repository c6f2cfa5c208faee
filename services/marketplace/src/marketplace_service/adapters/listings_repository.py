"""Used-item listings, their photos, threads and messages in the database."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from marketplace_service.adapters import tables as t


class ListingsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def lock_seller(self, seller_id: uuid.UUID) -> None:
        """Serialise one seller's listing writes (the open-listings bound) until the transaction ends."""
        await self.session.execute(
            sa.select(
                sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(f"listing-seller:{seller_id}", 0))
            )
        )

    async def lock_sender(self, sender_id: uuid.UUID) -> None:
        await self.session.execute(
            sa.select(
                sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(f"listing-sender:{sender_id}", 0))
            )
        )

    async def open_count(self, seller_id: uuid.UUID, statuses: list[str]) -> int:
        query = sa.select(sa.func.count()).where(
            t.listings.c.seller_id == seller_id, t.listings.c.status.in_(statuses)
        )
        return int(await self.session.scalar(query) or 0)

    async def add(self, values: dict[str, Any]) -> None:
        await self.session.execute(sa.insert(t.listings).values(values))

    async def get(self, listing_id: uuid.UUID, *, lock: bool = False) -> Row[Any] | None:
        query = sa.select(t.listings).where(t.listings.c.id == listing_id)
        return (await self.session.execute(query.with_for_update() if lock else query)).first()

    async def update(self, listing_id: uuid.UUID, values: dict[str, Any]) -> None:
        await self.session.execute(sa.update(t.listings).where(t.listings.c.id == listing_id).values(values))

    async def of_seller(self, seller_id: uuid.UUID) -> list[Row[Any]]:
        query = (
            sa.select(t.listings)
            .where(t.listings.c.seller_id == seller_id)
            .order_by(t.listings.c.created_at.desc(), t.listings.c.id.desc())
            .limit(100)
        )
        return list((await self.session.execute(query)).all())

    async def thread(self, thread_id: uuid.UUID, *, lock: bool = False) -> Row[Any] | None:
        query = sa.select(t.listing_threads).where(t.listing_threads.c.id == thread_id)
        return (await self.session.execute(query.with_for_update() if lock else query)).first()

    async def thread_of(self, listing_id: uuid.UUID, buyer_id: uuid.UUID, seller_id: uuid.UUID) -> uuid.UUID:
        """The buyer's thread on the listing, made on first use (two first messages make one thread)."""
        c = t.listing_threads.c
        now = sa.func.now()
        await self.session.execute(
            insert(t.listing_threads)
            .values(
                id=uuid.uuid4(),
                listing_id=listing_id,
                buyer_id=buyer_id,
                seller_id=seller_id,
                seller_replied=False,
                created_at=now,
                last_message_at=now,
            )
            .on_conflict_do_nothing(constraint="listing_thread_one_per_buyer")
        )
        found = await self.session.scalar(
            sa.select(c.id).where(c.listing_id == listing_id, c.buyer_id == buyer_id)
        )
        assert isinstance(found, uuid.UUID)
        return found

    async def messages_sent_since(self, sender_id: uuid.UUID, since: datetime) -> int:
        c = t.listing_messages.c
        query = sa.select(sa.func.count()).where(c.sender_id == sender_id, c.sent_at >= since)
        return int(await self.session.scalar(query) or 0)

    async def message_count(self, thread_id: uuid.UUID) -> int:
        query = sa.select(sa.func.count()).where(t.listing_messages.c.thread_id == thread_id)
        return int(await self.session.scalar(query) or 0)

    async def add_message(self, thread_id: uuid.UUID, sender_id: uuid.UUID, body: str, at: datetime) -> None:
        await self.session.execute(
            sa.insert(t.listing_messages).values(
                thread_id=thread_id, sender_id=sender_id, body=body, sent_at=at
            )
        )

    async def touch_thread(self, thread_id: uuid.UUID, values: dict[str, Any]) -> None:
        await self.session.execute(
            sa.update(t.listing_threads).where(t.listing_threads.c.id == thread_id).values(values)
        )

    async def threads_of(self, person: uuid.UUID) -> list[Row[Any]]:
        c = t.listing_threads.c
        query = (
            sa.select(t.listing_threads)
            .where(sa.or_(c.buyer_id == person, c.seller_id == person))
            .order_by(c.last_message_at.desc(), c.id)
            .limit(100)
        )
        return list((await self.session.execute(query)).all())

    async def messages(self, thread_id: uuid.UUID, limit: int) -> list[Row[Any]]:
        c = t.listing_messages.c
        query = (
            sa.select(t.listing_messages).where(c.thread_id == thread_id).order_by(c.id.desc()).limit(limit)
        )
        return list(reversed((await self.session.execute(query)).all()))

    async def erase_person(self, person: uuid.UUID, at: datetime) -> None:
        """Their listings withdrawn with texts and phone erased; their messages' words erased."""
        await self.session.execute(
            sa.update(t.listings)
            .where(t.listings.c.seller_id == person)
            .values(
                status=sa.case(
                    (t.listings.c.status.in_(["pending", "active"]), "withdrawn"), else_=t.listings.c.status
                ),
                description=None,
                contact_phone=None,
                updated_at=at,
            )
        )
        await self.session.execute(
            sa.update(t.listing_messages)
            .where(t.listing_messages.c.sender_id == person)
            .values(sender_id=None, body=None)
        )
