"""The dead-letter store: events a handler kept failing on, with the error, until replayed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from servicekit.events import Envelope
from servicekit.outbox.tables import dead_letters


class DeadLetterNotFound(Exception):
    code = "DEAD_LETTER_NOT_FOUND"


@dataclass(frozen=True)
class DeadLetter:
    id: int
    event_id: UUID
    topic: str
    key: str
    type: str
    envelope: dict[str, Any]
    error: str
    attempts: int
    parked_at: datetime
    replay_requested_at: datetime | None
    replayed_at: datetime | None

    @property
    def status(self) -> str:
        if self.replayed_at is not None:
            return "replayed"
        return "replay requested" if self.replay_requested_at is not None else "parked"


async def park(session: AsyncSession, envelope: Envelope, *, error: str, attempts: int) -> None:
    """Store the failing event (again, if a replay failed too) with its latest error."""
    values = {
        "event_id": envelope.id,
        "topic": envelope.topic,
        "key": envelope.key,
        "type": envelope.type,
        "envelope": envelope.model_dump(mode="json"),
        "error": error,
        "attempts": attempts,
    }
    await session.execute(
        insert(dead_letters)
        .values(values)
        .on_conflict_do_update(
            index_elements=[dead_letters.c.event_id],
            set_={
                "error": error,
                "attempts": dead_letters.c.attempts + attempts,
                "parked_at": func.now(),
                "replay_requested_at": None,
                "replayed_at": None,
            },
        )
    )


async def list_dead_letters(
    engine: AsyncEngine, *, include_replayed: bool = False, limit: int = 100
) -> list[DeadLetter]:
    query = select(dead_letters).order_by(dead_letters.c.id).limit(limit)
    if not include_replayed:
        query = query.where(dead_letters.c.replayed_at.is_(None))
    async with engine.connect() as connection:
        return [DeadLetter(**row._mapping) for row in await connection.execute(query)]


async def get_dead_letter(engine: AsyncEngine, dead_letter_id: int) -> DeadLetter:
    async with engine.connect() as connection:
        row = (
            await connection.execute(select(dead_letters).where(dead_letters.c.id == dead_letter_id))
        ).first()
    if row is None:
        raise DeadLetterNotFound(f"no dead letter {dead_letter_id}")
    return DeadLetter(**row._mapping)


async def request_replay(engine: AsyncEngine, dead_letter_ids: list[int] | None = None) -> list[int]:
    """Ask the service's consumer to run these (default: all parked) again; returns the ids asked."""
    statement = (
        update(dead_letters)
        .where(dead_letters.c.replayed_at.is_(None), dead_letters.c.replay_requested_at.is_(None))
        .values(replay_requested_at=func.now())
        .returning(dead_letters.c.id)
    )
    if dead_letter_ids is not None:
        statement = statement.where(dead_letters.c.id.in_(dead_letter_ids))
    async with engine.begin() as connection:
        return sorted(row.id for row in await connection.execute(statement))


async def replays_requested(session: AsyncSession) -> list[tuple[int, Envelope]]:
    rows = await session.execute(
        select(dead_letters.c.id, dead_letters.c.envelope)
        .where(dead_letters.c.replay_requested_at.is_not(None), dead_letters.c.replayed_at.is_(None))
        .order_by(dead_letters.c.id)
        .limit(100)
    )
    return [(row.id, Envelope.model_validate(row.envelope)) for row in rows]


async def mark_replayed(session: AsyncSession, dead_letter_id: int) -> None:
    await session.execute(
        update(dead_letters).where(dead_letters.c.id == dead_letter_id).values(replayed_at=func.now())
    )
