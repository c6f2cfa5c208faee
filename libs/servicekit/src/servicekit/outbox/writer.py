"""Writes a unit of work's events into the outbox, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert
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
