"""Resumable uploads (the tus 1.0.0 protocol, core + creation + termination), for clients that may
lose their connection: a camera card pushed from a laptop by `eventxperts gallery upload`.

Each upload is a row (album, declared length, bytes received) and a staging file on the service's
disk that grows as PATCH requests arrive; the bytes a dropped request delivered are kept, so the
client asks HEAD for the offset and goes on from there. When the last byte arrives the file is one
photo, stored like any other (uploads.store_photo), and the staging file and the row go. One PATCH
per upload at a time (per process): a second gets 409 and, as tus says, asks HEAD again.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from gallery_service.adapters.tables import tus_uploads
from gallery_service.domain.errors import GalleryError, GalleryErrorCode, not_found
from gallery_service.domain.photo import clean_file_name
from gallery_service.imaging.photo_processing import check_declared_type, too_large
from gallery_service.service_layer.dependencies import GalleryDependencies
from gallery_service.service_layer.links import UploadGrant
from gallery_service.service_layer.quota import storage_usage
from gallery_service.service_layer.uploads import StoredPhoto, store_photo

UPLOAD_LIFETIME = timedelta(days=1)
# Uploads under way per organizer: each may hold a staging file of up to MAX_PHOTO_BYTES on the
# service's disk for a day, so without a cap one account could fill the disk with abandoned ones.
# A camera card pushed by the CLI has one under way at a time; a browser a handful.
MAX_OPEN_UPLOADS = 50
SWEEP_BATCH = 20
_busy: set[uuid.UUID] = set()


class OffsetMismatch(Exception):
    """The PATCH starts elsewhere than the bytes received so far (tus: 409 Conflict)."""


@dataclass(frozen=True)
class TusUpload:
    id: uuid.UUID
    album_id: uuid.UUID
    length: int
    received: int
    file_name: str
    media_type: str | None


@dataclass(frozen=True)
class PatchResult:
    offset: int
    stored: StoredPhoto | None  # the photo, once the last byte arrived


def staging_path(deps: GalleryDependencies, upload_id: uuid.UUID) -> Path:
    return deps.staging_dir / f"{upload_id}.part"


async def create_upload(
    grant: UploadGrant, length: int, file_name: str | None, media_type: str | None, deps: GalleryDependencies
) -> TusUpload:
    if length <= 0:
        raise GalleryError(GalleryErrorCode.EMPTY_UPLOAD, "Upload-Length must be a positive number of bytes.")
    if length > deps.limits.max_bytes:
        raise too_large(deps.limits.max_bytes)
    check_declared_type(media_type)
    await _sweep_expired(deps)
    now = deps.clock()
    upload = TusUpload(uuid.uuid4(), grant.album_id, length, 0, clean_file_name(file_name), media_type)
    async with deps.unit_of_work() as uow:
        album = await uow.albums.get(grant.album_id)
        if album is None or album.organizer_id != grant.organizer_id:
            raise not_found()
        await _check_open_uploads(uow.session, grant.organizer_id, now)
        (await storage_usage(uow, grant.organizer_id, deps)).refuse_unless_room_for(1, length)
        await uow.session.execute(
            sa.insert(tus_uploads).values(
                id=upload.id,
                album_id=upload.album_id,
                organizer_id=grant.organizer_id,
                length=length,
                received=0,
                file_name=upload.file_name,
                media_type=media_type,
                created_at=now,
                expires_at=now + UPLOAD_LIFETIME,
            )
        )
        path = staging_path(deps, upload.id)
        await asyncio.to_thread(_touch, path)
        await uow.commit()
    return upload


async def _check_open_uploads(session: Any, organizer_id: uuid.UUID, now: datetime) -> None:
    """TOO_MANY_PHOTOS when the organizer has MAX_OPEN_UPLOADS under way. Counted under a
    per-organizer lock held to the commit, so uploads created at once cannot all pass one count."""
    await session.execute(
        sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
        {"key": f"gallery.tus:{organizer_id}"},
    )
    under_way = await session.scalar(
        sa.select(sa.func.count())
        .select_from(tus_uploads)
        .where(tus_uploads.c.organizer_id == organizer_id, tus_uploads.c.expires_at > now)
    )
    if (under_way or 0) >= MAX_OPEN_UPLOADS:
        raise GalleryError(
            GalleryErrorCode.TOO_MANY_PHOTOS,
            f"{MAX_OPEN_UPLOADS} uploads are under way: finish or cancel some first.",
        )


async def find_upload(grant: UploadGrant, upload_id: uuid.UUID, deps: GalleryDependencies) -> TusUpload:
    async with deps.unit_of_work() as uow:
        row = (
            await uow.session.execute(
                sa.select(tus_uploads).where(
                    tus_uploads.c.id == upload_id,
                    tus_uploads.c.album_id == grant.album_id,
                    tus_uploads.c.expires_at > deps.clock(),
                )
            )
        ).first()
    if row is None:
        raise not_found("upload")
    m = row._mapping
    return TusUpload(m["id"], m["album_id"], m["length"], m["received"], m["file_name"], m["media_type"])


async def append(
    grant: UploadGrant,
    upload_id: uuid.UUID,
    offset: int,
    body: AsyncIterator[bytes],
    deps: GalleryDependencies,
) -> PatchResult:
    """Append the body at `offset`; the bytes that arrive are kept even when the request is cut."""
    if upload_id in _busy:
        raise OffsetMismatch()
    _busy.add(upload_id)
    try:
        upload = await find_upload(grant, upload_id, deps)
        if offset != upload.received:
            raise OffsetMismatch()
        received = await _write_from(staging_path(deps, upload_id), upload, body, deps)
        if received < upload.length:
            return PatchResult(received, None)
        return PatchResult(received, await _finish(grant, upload, deps))
    finally:
        _busy.discard(upload_id)


async def _write_from(
    path: Path, upload: TusUpload, body: AsyncIterator[bytes], deps: GalleryDependencies
) -> int:
    received = upload.received
    handle = await asyncio.to_thread(path.open, "r+b")
    try:
        await asyncio.to_thread(handle.truncate, received)
        await asyncio.to_thread(handle.seek, received)
        async for chunk in body:
            if received + len(chunk) > upload.length:
                raise GalleryError(GalleryErrorCode.PHOTO_TOO_LARGE, "More bytes than Upload-Length said.")
            await asyncio.to_thread(handle.write, chunk)
            received += len(chunk)
    finally:
        await asyncio.to_thread(handle.close)
        await _record_received(upload.id, received, deps)
    return received


async def _record_received(upload_id: uuid.UUID, received: int, deps: GalleryDependencies) -> None:
    async with deps.unit_of_work() as uow:
        await uow.session.execute(
            sa.update(tus_uploads).where(tus_uploads.c.id == upload_id).values(received=received)
        )
        await uow.commit()


async def _finish(grant: UploadGrant, upload: TusUpload, deps: GalleryDependencies) -> StoredPhoto:
    path = staging_path(deps, upload.id)
    try:
        data = await asyncio.to_thread(path.read_bytes)
        return await store_photo(
            grant, data, file_name=upload.file_name, declared_type=upload.media_type, deps=deps
        )
    finally:
        await _forget(upload.id, deps)


async def terminate(grant: UploadGrant, upload_id: uuid.UUID, deps: GalleryDependencies) -> None:
    await find_upload(grant, upload_id, deps)
    await _forget(upload_id, deps)


async def _forget(upload_id: uuid.UUID, deps: GalleryDependencies) -> None:
    async with deps.unit_of_work() as uow:
        await uow.session.execute(sa.delete(tus_uploads).where(tus_uploads.c.id == upload_id))
        await uow.commit()
    await asyncio.to_thread(staging_path(deps, upload_id).unlink, missing_ok=True)


async def _sweep_expired(deps: GalleryDependencies) -> None:
    """Abandoned uploads go when their day is up: each new upload sweeps a few (no sweeper process)."""
    async with deps.unit_of_work() as uow:
        expired = (
            await uow.session.scalars(
                sa.delete(tus_uploads)
                .where(
                    tus_uploads.c.id.in_(
                        sa.select(tus_uploads.c.id)
                        .where(tus_uploads.c.expires_at <= deps.clock())
                        .limit(SWEEP_BATCH)
                    )
                )
                .returning(tus_uploads.c.id)
            )
        ).all()
        await uow.commit()
    for upload_id in expired:
        await asyncio.to_thread(staging_path(deps, upload_id).unlink, missing_ok=True)


def _touch(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
