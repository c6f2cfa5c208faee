"""Find my photos: a guest's selfie against the albums they may see.

The selfie's bytes live only in this call's memory: decoded and described in a worker process,
its embedding used as a query parameter, then dropped. Nothing of it is stored or logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from faces.matching import Tier
from faces.pool import FacePool
from faces.selfie import largest_face
from faces.store.search import PhotoMatch, find_photos
from faces.store.tables import FaceTables
from faces.store.writes import hide_person


@dataclass(frozen=True)
class SelfieResult:
    matches: list[PhotoMatch]
    maybes: list[PhotoMatch]


async def find_my_photos(
    session: AsyncSession, tables: FaceTables, pool: FacePool, selfie: bytes, album_ids: Sequence[UUID]
) -> SelfieResult:
    """Raises `NoFaceFound`, `SeveralFaces`, `ImageUnreadable` or `ImageTooLarge` (typed codes)."""
    face = largest_face(await pool.detect(selfie))
    found = await find_photos(session, tables, face.embedding, album_ids)
    return SelfieResult(
        matches=[m for m in found if m.tier is Tier.MATCH], maybes=[m for m in found if m.tier is Tier.MAYBE]
    )


async def hide_me(
    session: AsyncSession, tables: FaceTables, pool: FacePool, selfie: bytes, album_id: UUID
) -> int:
    """The guest's faces in this album are excluded from every later search of it."""
    face = largest_face(await pool.detect(selfie))
    return await hide_person(session, tables, album_id=album_id, embedding=face.embedding)
