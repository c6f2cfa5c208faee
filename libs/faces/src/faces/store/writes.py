"""Writing and deleting face data: a photo's faces (replacing what a redelivery wrote before),
hiding a guest, deleting a photo's or an album's faces, and the retention purge."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from sqlalchemy import and_, delete, exists, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from faces.detection import Embedding, Face
from faces.matching import MATCH_DISTANCE, Tier
from faces.store.search import find_photos
from faces.store.tables import FaceTables

# Float rounding between the distance PostgreSQL reported and the one it recomputes.
SAME_FACE = 1e-6


async def store_photo_faces(
    session: AsyncSession, tables: FaceTables, *, photo_id: UUID, album_id: UUID, faces: Sequence[Face]
) -> None:
    """Replace the photo's faces with these. A face that matches one a guest had hidden in this
    album is hidden too, so a photo uploaded after "hide me" does not show them either."""
    table = tables.faces
    await session.execute(delete(table).where(table.c.photo_id == photo_id))
    if not faces:
        return
    rows = [
        {
            "photo_id": photo_id,
            "album_id": album_id,
            "box_left": face.box.left,
            "box_top": face.box.top,
            "box_width": face.box.width,
            "box_height": face.box.height,
            "embedding": face.embedding,
        }
        for face in faces
    ]
    await session.execute(insert(table), rows)
    hidden = table.alias("hidden_face")
    await session.execute(
        update(table)
        .where(
            table.c.photo_id == photo_id,
            exists().where(
                hidden.c.album_id == album_id,
                hidden.c.hidden,
                hidden.c.embedding.l2_distance(table.c.embedding) <= MATCH_DISTANCE,
            ),
        )
        .values(hidden=True)
    )


async def hide_person(
    session: AsyncSession, tables: FaceTables, *, album_id: UUID, embedding: Embedding
) -> int:
    """ "Hide me": the album's faces a search with this selfie's face would call matches (the
    two-stage rule) are excluded from every later search of the album. Returns how many."""
    table = tables.faces
    found = await find_photos(session, tables, embedding, [album_id])
    # Per matched photo its one face nearest the selfie (a person appears once in a photo).
    faces = [
        and_(
            table.c.photo_id == m.photo_id, table.c.embedding.l2_distance(embedding) <= m.distance + SAME_FACE
        )
        for m in found
        if m.tier is Tier.MATCH
    ]
    if not faces:
        return 0
    result = await session.execute(
        update(table)
        .where(table.c.album_id == album_id, or_(*faces))
        .values(hidden=True)
        .returning(table.c.id)
    )
    return len(result.all())


async def delete_photo_faces(session: AsyncSession, tables: FaceTables, *, photo_id: UUID) -> None:
    await session.execute(delete(tables.faces).where(tables.faces.c.photo_id == photo_id))
    await session.execute(delete(tables.indexing).where(tables.indexing.c.photo_id == photo_id))


async def delete_album_faces(session: AsyncSession, tables: FaceTables, *, album_id: UUID) -> None:
    """Face search turned off for the album, or the album deleted: all its face data goes."""
    await session.execute(delete(tables.faces).where(tables.faces.c.album_id == album_id))
    await session.execute(delete(tables.indexing).where(tables.indexing.c.album_id == album_id))


async def purge_faces_indexed_before(session: AsyncSession, tables: FaceTables, cutoff: datetime) -> int:
    """The retention period: faces indexed before `cutoff` are deleted. Returns how many."""
    result = await session.execute(
        delete(tables.faces).where(tables.faces.c.indexed_at < cutoff).returning(tables.faces.c.id)
    )
    return len(result.all())


async def photos_with_faces(session: AsyncSession, tables: FaceTables, album_id: UUID) -> set[UUID]:
    rows = await session.execute(
        select(tables.faces.c.photo_id).where(and_(tables.faces.c.album_id == album_id)).distinct()
    )
    return set(rows.scalars())
