"""The inbox: ids of events whose effects this service has committed."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from servicekit.events import Envelope
from servicekit.outbox.tables import inbox


async def claim(session: AsyncSession, envelope: Envelope) -> bool:
    """Record the event as processed in the caller's transaction; False if it already was.

    A concurrent claim of the same id waits on the primary key until the other transaction ends,
    so two deliveries of one event can never both apply their effects.
    """
    statement = (
        insert(inbox)
        .values(event_id=envelope.id, type=envelope.type)
        .on_conflict_do_nothing(index_elements=[inbox.c.event_id])
        .returning(inbox.c.event_id)
    )
    return (await session.execute(statement)).first() is not None


async def claim_all(session: AsyncSession, envelopes: Sequence[Envelope]) -> set[UUID]:
    """`claim` for a batch in one statement: the ids not processed before (each id once)."""
    if not envelopes:
        return set()
    rows = await session.execute(
        CLAIM_ALL, {"ids": [e.id for e in envelopes], "types": [e.type for e in envelopes]}
    )
    return {row.event_id for row in rows}


# Arrays rather than a VALUES row per event: one statement text whatever the batch size, so it is
# compiled and prepared once instead of per batch.
CLAIM_ALL = text("""
INSERT INTO inbox (event_id, type)
SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:types AS text[]))
ON CONFLICT (event_id) DO NOTHING RETURNING event_id
""")
