"""Selfie search within the albums a guest may see.

Exact by default: every face of the albums within CONFIRM_DISTANCE (no ORDER BY on the distance, so
the HNSW index is never used and nothing within the threshold is missed). For albums past
EXACT_UP_TO faces, the HNSW index with pgvector's iterative scan (approximate: a match can be
missed, never invented). The faces found are tiered by the two-stage rule (`faces.matching.tiers_of`).
Distances are computed in PostgreSQL; the selfie's embedding is a query
parameter and is neither stored nor logged (the engine hides parameters).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

import numpy as np
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from faces.detection import Embedding
from faces.matching import CONFIRM_DISTANCE, Candidate, Tier, tiers_of
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
    """The photos of `album_ids` with a visible face in a tier (match or maybe, by the two-stage
    rule), matches first, then nearest first, each once (its best face). The caller passes only
    albums the guest may see."""
    if not album_ids:
        return []
    table = tables.faces
    if use_index is None:
        use_index = await _face_count(session, tables, album_ids) > EXACT_UP_TO
    distance = table.c.embedding.l2_distance(embedding).label("distance")
    query = select(table.c.photo_id, table.c.album_id, table.c.embedding, distance).where(
        table.c.album_id.in_(album_ids), ~table.c.hidden
    )
    if use_index:
        await session.execute(text("SET LOCAL hnsw.iterative_scan = relaxed_order"))
        await session.execute(text("SET LOCAL hnsw.ef_search = 200"))
        query = query.order_by(distance).limit(MAX_PHOTOS * 4)
    else:
        query = query.where(table.c.embedding.l2_distance(embedding) <= CONFIRM_DISTANCE)
    rows = [row for row in await session.execute(query) if row.distance <= CONFIRM_DISTANCE]
    candidates = [Candidate(row.photo_id, row.distance, np.asarray(row.embedding)) for row in rows]
    best: dict[UUID, PhotoMatch] = {}
    for row, tier in zip(rows, tiers_of(candidates), strict=True):
        if tier is None:
            continue
        found = PhotoMatch(row.photo_id, row.album_id, row.distance, tier)
        if row.photo_id not in best or _rank(found) < _rank(best[row.photo_id]):
            best[row.photo_id] = found
    return sorted(best.values(), key=_rank)[:MAX_PHOTOS]


def _rank(match: PhotoMatch) -> tuple[bool, float]:
    return (match.tier is not Tier.MATCH, match.distance)


async def _face_count(session: AsyncSession, tables: FaceTables, album_ids: Sequence[UUID]) -> int:
    table = tables.faces
    query = select(func.count()).select_from(table).where(table.c.album_id.in_(album_ids))
    return int((await session.execute(query)).scalar_one())
