"""Per-album indexing progress for the organizer: "312 of 540 photos indexed"."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from faces.store.tables import FaceTables


@dataclass(frozen=True)
class AlbumProgress:
    indexed: int
    failed: int  # photos the worker could not read: listed in dead letters
    total: int
    faces: int = 0  # faces found in the indexed photos

    @property
    def pending(self) -> int:
        return self.total - self.indexed - self.failed


async def album_progress(session: AsyncSession, tables: FaceTables, album_id: UUID) -> AlbumProgress:
    jobs = tables.indexing
    row = (
        await session.execute(
            select(
                func.count().filter(jobs.c.state == "done"),
                func.count().filter(jobs.c.state == "failed"),
                func.count(),
                func.coalesce(func.sum(jobs.c.faces), 0),
            ).where(jobs.c.album_id == album_id)
        )
    ).one()
    return AlbumProgress(indexed=row[0], failed=row[1], total=row[2], faces=int(row[3]))
