"""Writing and reading the token-revocation read model (`token_revocations`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from servicekit.auth.revocations.tables import Scope, token_revocations

_t = token_revocations.c


@dataclass(frozen=True, slots=True)
class Revocation:
    scope: Scope
    value: str
    revoked_at: datetime


async def record_revocation(session: AsyncSession, revocation: Revocation, *, horizon: timedelta) -> None:
    """Upsert in the caller's transaction, keeping the latest time (a replayed older event changes
    nothing); rows older than `horizon`, which no live token can predate, are dropped."""
    statement = insert(token_revocations).values(
        scope=revocation.scope.value, value=revocation.value, revoked_at=revocation.revoked_at
    )
    statement = statement.on_conflict_do_update(
        index_elements=[_t.scope, _t.value],
        set_={
            "revoked_at": func.greatest(_t.revoked_at, statement.excluded.revoked_at),
            "recorded_at": func.clock_timestamp(),
        },
    )
    await session.execute(statement)
    await session.execute(delete(token_revocations).where(_t.revoked_at < func.now() - horizon))


@dataclass(frozen=True, slots=True)
class RevocationsRead:
    revocations: list[Revocation]
    # The database's clock when read: the next incremental read starts from here (minus a margin).
    read_at: datetime


async def read_revocations(
    session: AsyncSession, *, horizon: timedelta, recorded_since: datetime | None = None
) -> RevocationsRead:
    """Every revocation younger than `horizon`, or only those recorded since `recorded_since`."""
    read_at = (await session.execute(select(func.clock_timestamp()))).scalar_one()
    query = select(_t.scope, _t.value, _t.revoked_at).where(_t.revoked_at >= read_at - horizon)
    if recorded_since is not None:
        query = query.where(_t.recorded_at >= recorded_since)
    rows = (await session.execute(query)).all()
    return RevocationsRead([Revocation(Scope(r.scope), r.value, r.revoked_at) for r in rows], read_at)
