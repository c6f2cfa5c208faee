"""The gallery's face data kept in step with its photos and albums, inside the use case's own
transaction: a deleted photo's faces go with it, an album's go when its face search is turned off
(or it is deleted, or its organizer erased), and turning it on again queues its photos for indexing.

Job rows are deleted before faces: the indexing worker locks a photo's job row while storing its
faces, so a deletion racing it waits for the worker and then deletes what it stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from contracts.gallery import PHOTO_UPLOADED, PhotoUploadedV1
from servicekit.events import Envelope
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from gallery_service.adapters.tables import face_store
from gallery_service.domain.photo import Photo


async def forget_photos(session: AsyncSession, photo_ids: Sequence[uuid.UUID]) -> None:
    if not photo_ids:
        return
    jobs, faces = face_store.indexing, face_store.faces
    await session.execute(delete(jobs).where(jobs.c.photo_id.in_(photo_ids)))
    await session.execute(delete(faces).where(faces.c.photo_id.in_(photo_ids)))


async def forget_albums(session: AsyncSession, album_ids: Sequence[uuid.UUID]) -> None:
    if not album_ids:
        return
    jobs, faces = face_store.indexing, face_store.faces
    await session.execute(delete(jobs).where(jobs.c.album_id.in_(album_ids)))
    await session.execute(delete(faces).where(faces.c.album_id.in_(album_ids)))


async def queue_photos(session: AsyncSession, photos: Sequence[Photo], now: datetime) -> None:
    """Index these photos (again): face search was turned back on for their album."""
    for photo in photos:
        payload = PhotoUploadedV1(
            photo_id=photo.id,
            album_id=photo.album_id,
            organizer_id=photo.organizer_id,
            occurred_at=now,
            content_sha256=photo.content_sha256,
            original_key=photo.original_key,
            original_media_type=photo.media_type,
            web_key=photo.web_key,
            width=photo.width,
            height=photo.height,
            web_width=photo.web_width,
            web_height=photo.web_height,
            face_search_enabled=True,
        )
        envelope = Envelope(
            id=uuid.uuid4(),
            type=PHOTO_UPLOADED,
            version=1,
            occurred_at=now,
            producer="gallery",
            key=str(photo.id),
            trace_id=None,
            payload=payload.model_dump(mode="json"),
        )
        values = {
            "photo_id": photo.id,
            "album_id": photo.album_id,
            "storage_key": photo.web_key,
            "envelope": envelope.model_dump(mode="json"),
            "state": "pending",
        }
        statement = insert(face_store.indexing).values(values)
        await session.execute(
            statement.on_conflict_do_update(index_elements=[face_store.indexing.c.photo_id], set_=values)
        )
