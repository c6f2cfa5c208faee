"""Selfie search within the albums a guest may see.

Exact by default: every face of the albums within MAYBE_DISTANCE (no ORDER BY on the distance, so
the HNSW index is never used and nothing within the threshold is missed). For albums past
EXACT_UP_TO faces, the HNSW index with pgvector's iterative scan (approximate: a match can be
missed, never invented). Distances are computed in PostgreSQL; the selfie's embedding is a query
parameter and is neither stored nor logged (the engine hides parameters).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from faces.detection import Embedding
from faces.matching import MAYBE_DISTANCE, Tier, tier_of
from faces.store.tables import FaceTables

# Measured by bench/gallery.py: an exact scan of 100k faces answers well within a second.
EXACT_UP_TO = 200_000
# The most photos a search returns (the guest's own photos of one event).
MAX_PHOTOS = 1000


@dataclass(frozen=True)
class PhotoMatch:
    photo_id: UUID
    album_id: UUID
    distance: float
    tier: Tier


async def find_photos(
    session: AsyncSession,
    tables: FaceTables,
    embedding: Embedding,
    album_ids: Sequence[UUID],
    *,
    use_index: bool | None = None,
) -> list[PhotoMatch]:
    """The photos of `album_ids` with a visible face within MAYBE_DISTANCE, nearest first, each
    once (its nearest face). The caller passes only albums the guest may see."""
    if not album_ids:
        return []
    table = tables.faces
    if use_index is None:
        use_index = await _face_count(session, tables, album_ids) > EXACT_UP_TO
    distance = table.c.embedding.l2_distance(embedding).label("distance")
    query = select(table.c.photo_id, table.c.album_id, distance).where(
        table.c.album_id.in_(album_ids), ~table.c.hidden
    )
    if use_index:
        await session.execute(text("SET LOCAL hnsw.iterative_scan = relaxed_order"))
        await session.execute(text("SET LOCAL hnsw.ef_search = 200"))
        query = query.order_by(distance).limit(MAX_PHOTOS * 4)
    else:
        query = query.where(table.c.embedding.l2_distance(embedding) <= MAYBE_DISTANCE)
    nearest: dict[UUID, PhotoMatch] = {}
    for row in await session.execute(query):
        if (tier := tier_of(row.distance)) is None:
            continue
        if row.photo_id not in nearest or row.distance < nearest[row.photo_id].distance:
            nearest[row.photo_id] = PhotoMatch(row.photo_id, row.album_id, row.distance, tier)
    return sorted(nearest.values(), key=lambda match: match.distance)[:MAX_PHOTOS]


async def _face_count(session: AsyncSession, tables: FaceTables, album_ids: Sequence[UUID]) -> int:
    table = tables.faces
    query = select(func.count()).select_from(table).where(table.c.album_id.in_(album_ids))
    return int((await session.execute(query)).scalar_one())
