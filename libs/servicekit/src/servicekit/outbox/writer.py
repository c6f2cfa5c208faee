"""Writes a unit of work's events into the outbox, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Text, func, insert, literal, update
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from servicekit.events import Envelope
from servicekit.outbox.tables import outbox


async def write_outbox(session: AsyncSession, envelopes: Sequence[Envelope]) -> None:
    """Insert the envelopes in order; the caller's commit makes them visible with the change."""
    if not envelopes:
        return
    rows = [
        {
            "event_id": envelope.id,
            "topic": envelope.topic,
            "key": envelope.key,
            "type": envelope.type,
            "version": envelope.version,
            "envelope": envelope.model_dump(mode="json"),
        }
        for envelope in envelopes
    ]
    await session.execute(insert(outbox), rows)


async def blank_payload_fields(
    session: AsyncSession, *, key: str, event_type: str, fields: Sequence[str]
) -> None:
    """Blank `fields` in the payload of this key's outbox rows of `event_type`, sent or not: what a
    later erasure must not leave behind in the service's own tables (the bus keeps its copy until
    its retention ends)."""
    envelope = outbox.c.envelope
    for name in fields:
        await session.execute(
            update(outbox)
            .where(outbox.c.key == key, outbox.c.type == event_type, envelope["payload"].has_key(name))
            .values(
                envelope=func.jsonb_set(envelope, literal(["payload", name], ARRAY(Text)), literal("", JSONB))
            )
        )
