"""The consumer of `gallery.photo.uploaded`: records the photo as pending in `face_indexing` in the
runner's transaction (with the inbox row), and nothing slow. The worker does the detection, so the
one consumer the PostgreSQL log allows per group never waits on a photo."""

from __future__ import annotations

from contracts.catalog import parse_payload
from contracts.gallery import PHOTO_UPLOADED, PhotoUploadedV1
from servicekit.consumers import HandlerRegistry
from servicekit.events import Envelope
from sqlalchemy import func
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from faces.store.tables import FaceTables


def register_indexing(registry: HandlerRegistry, tables: FaceTables, *, version: int = 1) -> None:
    """Add the handler to the gallery's registry."""

    async def queue_photo(session: AsyncSession, envelope: Envelope) -> None:
        photo = parse_payload(envelope.type, envelope.version, envelope.payload)
        assert isinstance(photo, PhotoUploadedV1)
        if not photo.face_search_enabled:
            return  # the organizer turned face search off for the album: nothing of its faces is kept
        values = {
            "photo_id": photo.photo_id,
            "album_id": photo.album_id,
            # The web size: upright (EXIF applied), 2048 px, enough for faces of 40 px and more.
            "storage_key": photo.web_key,
            "envelope": envelope.model_dump(mode="json"),
            "state": "pending",
        }
        # A replayed dead letter (the photo was fixed) puts the photo back in the queue.
        statement = insert(tables.indexing).values(values)
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=[tables.indexing.c.photo_id],
                set_={**values, "error_code": None, "updated_at": func.now()},
            )
        )

    registry.register(PHOTO_UPLOADED, version, queue_photo)
