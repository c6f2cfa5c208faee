"""Uploads: a signed grant per album (never the bytes through GraphQL), then one photo per request.

A batch resumes by content hash: the grant says which of the client's files the album has already,
and a file sent again is answered with the photo it already is. A photo is checked and its web size
and thumbnail made before anything is stored; its three files are written before its row commits,
and removed again if the row does not commit, so a failure leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from contracts.gallery import PHOTO_UPLOADED, PhotoUploadedV1
from servicekit.events import Event
from servicekit.storage import StorageError

from gallery_service.domain.album import Album
from gallery_service.domain.errors import GalleryError, GalleryErrorCode, not_found
from gallery_service.domain.photo import Photo, check_sha256, clean_file_name, photo_keys
from gallery_service.imaging.photo_processing import ProcessedPhoto, process_photo
from gallery_service.service_layer.albums import managed_album
from gallery_service.service_layer.commands import RequestUploads
from gallery_service.service_layer.dependencies import GalleryDependencies
from gallery_service.service_layer.links import UploadGrant, upload_token
from gallery_service.service_layer.photo_removal import delete_keys
from gallery_service.service_layer.quota import lock_storage, refuse_unless_room, storage_usage

MAX_HASHES_PER_REQUEST = 1000


@dataclass(frozen=True)
class UploadLinks:
    upload_url: str  # POST or PUT one whole photo per request
    tus_url: str  # the tus endpoint (creation, HEAD, PATCH, termination)
    expires_at: datetime
    already_stored: list[str]


@dataclass(frozen=True)
class StoredPhoto:
    photo: Photo
    duplicate: bool


async def request_uploads(command: RequestUploads, deps: GalleryDependencies) -> UploadLinks:
    if len(command.content_hashes) > MAX_HASHES_PER_REQUEST:
        raise GalleryError(
            GalleryErrorCode.TOO_MANY_PHOTOS,
            f"Ask about at most {MAX_HASHES_PER_REQUEST} files at once.",
            "contentHashes",
        )
    digests = [check_sha256(value) for value in command.content_hashes]
    async with deps.unit_of_work() as uow:
        album = await managed_album(uow, command.caller, command.album_id)
        stored = await uow.photos.stored_hashes(album.id, digests) if digests else set()
    token, expires = upload_token(deps.links, album.id, album.organizer_id, deps.clock())
    base = f"{deps.links.public_url}/gallery"
    return UploadLinks(
        upload_url=f"{base}/uploads/{token}",
        tus_url=f"{base}/tus/{token}",
        expires_at=datetime.fromtimestamp(expires, UTC),
        already_stored=[d for d in digests if d in stored],
    )


async def known_hashes(grant: UploadGrant, hashes: list[str], deps: GalleryDependencies) -> list[str]:
    """Of `hashes`, those the granted album has already (a batch skips them)."""
    if len(hashes) > MAX_HASHES_PER_REQUEST:
        raise GalleryError(
            GalleryErrorCode.TOO_MANY_PHOTOS, f"Ask about at most {MAX_HASHES_PER_REQUEST} files."
        )
    digests = [check_sha256(value) for value in hashes]
    album = await _granted_album(grant, deps)
    async with deps.unit_of_work() as uow:
        stored = await uow.photos.stored_hashes(album.id, digests) if digests else set()
    return [d for d in digests if d in stored]


async def store_photo(
    grant: UploadGrant,
    data: bytes,
    *,
    file_name: str | None,
    declared_type: str | None,
    deps: GalleryDependencies,
) -> StoredPhoto:
    """Keep one uploaded photo in the granted album (or answer with the copy it already has)."""
    digest = hashlib.sha256(data).hexdigest()
    album = await _granted_album(grant, deps)
    async with deps.unit_of_work() as uow:
        existing = await uow.photos.by_hash(album.id, digest)
    if existing is not None:
        return StoredPhoto(existing, duplicate=True)
    await refuse_unless_room(album.organizer_id, len(data), deps)
    processed = await deps.images.run(process_photo, data, declared_type, deps.limits)
    photo = _new_photo(album, digest, clean_file_name(file_name), len(data), processed, deps.clock())
    await _put_files(photo, data, processed, deps)
    try:
        return await _record(album, photo, deps)
    except BaseException:
        await delete_keys(list(photo.keys), deps.storage)
        raise


async def _granted_album(grant: UploadGrant, deps: GalleryDependencies) -> Album:
    async with deps.unit_of_work() as uow:
        album = await uow.albums.get(grant.album_id)
    # The album may have been deleted, or given to erasure, since the grant was signed.
    if album is None or album.organizer_id != grant.organizer_id:
        raise not_found()
    return album


def _new_photo(
    album: Album, digest: str, file_name: str, size: int, processed: ProcessedPhoto, now: datetime
) -> Photo:
    photo_id = uuid.uuid4()
    keys = photo_keys(album.id, photo_id, processed.media_type)
    return Photo(
        id=photo_id,
        album_id=album.id,
        organizer_id=album.organizer_id,
        content_sha256=digest,
        file_name=file_name,
        media_type=processed.media_type,
        bytes=size,
        width=processed.width,
        height=processed.height,
        web_width=processed.web_width,
        web_height=processed.web_height,
        original_key=keys.original,
        web_key=keys.web,
        thumbnail_key=keys.thumbnail,
        had_gps=processed.had_gps,
        taken_at=processed.taken_at,
        created_at=now,
    )


async def _put_files(photo: Photo, data: bytes, processed: ProcessedPhoto, deps: GalleryDependencies) -> None:
    files = (
        (photo.original_key, data, photo.media_type),
        (photo.web_key, processed.web_jpeg, "image/jpeg"),
        (photo.thumbnail_key, processed.thumbnail_jpeg, "image/jpeg"),
    )
    try:
        for key, content, media_type in files:
            await deps.storage.put(key, content, content_type=media_type)
    except StorageError:
        await delete_keys(list(photo.keys), deps.storage)
        raise GalleryError(
            GalleryErrorCode.STORAGE_UNAVAILABLE, "The photo store is not answering; try again."
        ) from None


async def _record(album: Album, photo: Photo, deps: GalleryDependencies) -> StoredPhoto:
    async with deps.unit_of_work() as uow:
        current = await uow.albums.get(album.id, for_update=True)
        if current is None:
            raise not_found()
        await lock_storage(uow, album.organizer_id)
        if not await uow.photos.add(photo):
            # The same bytes arrived twice at once: the other request stored them; ours go.
            existing = await uow.photos.by_hash(album.id, photo.content_sha256)
            await delete_keys(list(photo.keys), deps.storage)
            assert existing is not None
            return StoredPhoto(existing, duplicate=True)
        # Counted under the lock, with this photo: one another upload kept a moment ago counts too.
        usage = await storage_usage(uow, album.organizer_id, deps)
        before = replace(usage, photos=usage.photos - 1, bytes=usage.bytes - photo.bytes)
        before.refuse_unless_room_for(1, photo.bytes)
        uow.publish(Event(PHOTO_UPLOADED, 1, str(photo.id), _uploaded(photo, current)))
        await uow.commit()
    return StoredPhoto(photo, duplicate=False)


def _uploaded(photo: Photo, album: Album) -> PhotoUploadedV1:
    return PhotoUploadedV1(
        photo_id=photo.id,
        album_id=photo.album_id,
        organizer_id=photo.organizer_id,
        occurred_at=photo.created_at,
        content_sha256=photo.content_sha256,
        original_key=photo.original_key,
        original_media_type=photo.media_type,
        web_key=photo.web_key,
        width=photo.width,
        height=photo.height,
        web_width=photo.web_width,
        web_height=photo.web_height,
        face_search_enabled=album.face_search_enabled,
    )
