"""The inbox: ids of events whose effects this service has committed."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from servicekit.events import Envelope
from servicekit.outbox.tables import inbox


async def claim(session: AsyncSession, envelope: Envelope) -> bool:
    """Record the event as processed in the caller's transaction; False if it already was.

    A concurrent claim of the same id waits on the primary key until the other transaction ends,
    so two deliveries of one event can never both apply their effects.
    """
    statement = (insert(inbox).values(event_id=envelope.id, type=envelope.type)
                 .on_conflict_do_nothing(index_elements=[inbox.c.event_id])
                 .returning(inbox.c.event_id))
    return (await session.execute(statement)).first() is not None


async def claim_all(session: AsyncSession, envelopes: Sequence[Envelope]) -> set[UUID]:
    """`claim` for a batch in one statement: the ids not processed before (each id once)."""
    if not envelopes:
        return set()
    statement = (insert(inbox).values([{"event_id": e.id, "type": e.type} for e in envelopes])
                 .on_conflict_do_nothing(index_elements=[inbox.c.event_id])
                 .returning(inbox.c.event_id))
    return {row.event_id for row in await session.execute(statement)}
