"""Downloads: signed URLs for one photo's files, and whole albums (or chosen photos) as a streamed zip.

What a guest downloads is the web size (upright, no EXIF, so no GPS) unless the organizer keeps GPS
for the album, when guests get the originals as sent; the album's managers always get the originals.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterable, AsyncIterator
from datetime import datetime

from stream_zip import ZIP_AUTO, async_stream_zip

from gallery_service.domain.errors import GalleryError, GalleryErrorCode, not_found
from gallery_service.domain.photo import Photo
from gallery_service.service_layer.commands import RequestDownload, ViewAlbum
from gallery_service.service_layer.dependencies import GalleryDependencies
from gallery_service.service_layer.links import file_url, zip_url
from gallery_service.service_layer.viewing import AlbumView, view_album

MAX_CHOSEN_PHOTOS = 100
FILE_MODE = 0o644


def gives_originals(view: AlbumView) -> bool:
    return view.managed or view.album.keep_gps


def photo_urls(view: AlbumView, photo: Photo, deps: GalleryDependencies) -> tuple[str, str, str]:
    """(thumbnail, web size, download) URLs for this viewer, each signed and short-lived."""
    now, links = deps.clock(), deps.links
    stem = photo.file_name.rsplit(".", 1)[0]
    download = (
        file_url(links, photo.original_key, photo.file_name, now)
        if gives_originals(view)
        else file_url(links, photo.web_key, f"{stem}.jpg", now)
    )
    return (
        file_url(links, photo.thumbnail_key, f"{stem}-thumb.jpg", now),
        file_url(links, photo.web_key, f"{stem}.jpg", now),
        download,
    )


async def request_zip(command: RequestDownload, deps: GalleryDependencies) -> str:
    ids = list(dict.fromkeys(command.photo_ids)) if command.photo_ids is not None else None
    if ids is not None and not 1 <= len(ids) <= MAX_CHOSEN_PHOTOS:
        raise GalleryError(
            GalleryErrorCode.TOO_MANY_PHOTOS, f"Choose 1 to {MAX_CHOSEN_PHOTOS} photos.", "photoIds"
        )
    view = await view_album(ViewAlbum(command.caller, command.album_id, command.share_code), deps)
    return zip_url(deps.links, view.album.id, ids, gives_originals(view), deps.clock())


async def zip_members(
    album_id: uuid.UUID, photo_ids: list[uuid.UUID] | None, originals: bool, deps: GalleryDependencies
) -> list[Photo]:
    async with deps.unit_of_work() as uow:
        if await uow.albums.get(album_id) is None:
            raise not_found()
        if photo_ids is None:
            return await uow.photos.of_album(album_id)
        return await uow.photos.in_album(album_id, photo_ids)


def zip_stream(photos: list[Photo], originals: bool, deps: GalleryDependencies) -> AsyncIterable[bytes]:
    """The zip, made as it is sent: each photo read from storage in chunks, never held whole."""

    async def members() -> AsyncIterator[tuple[str, datetime, int, object, AsyncIterator[bytes]]]:
        names: set[str] = set()
        for photo in photos:
            key = photo.original_key if originals else photo.web_key
            size = photo.bytes if originals else (await deps.storage.stat(key)).size
            name = _unique(_member_name(photo, originals), names)
            # Level 0: photos are compressed already; deflating them again costs CPU for nothing.
            yield name, photo.created_at, FILE_MODE, ZIP_AUTO(size, level=0), deps.storage.stream(key)

    return async_stream_zip(members())  # type: ignore[arg-type]


def _member_name(photo: Photo, originals: bool) -> str:
    return photo.file_name if originals else f"{photo.file_name.rsplit('.', 1)[0]}.jpg"


def _unique(name: str, taken: set[str]) -> str:
    stem, dot, extension = name.rpartition(".")
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}.{extension}" if dot else f"{name}-{n}"
    taken.add(candidate)
    return candidate
