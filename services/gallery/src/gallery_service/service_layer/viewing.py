"""Reading albums: one's own list, one album as its viewer may see it, an album by its share code."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from servicekit.auth import Caller

from gallery_service.domain.album import Album, Visibility
from gallery_service.domain.errors import GalleryError, GalleryErrorCode, not_found
from gallery_service.domain.photo import Photo
from gallery_service.service_layer.authorization import Operation, authorize, authorize_view, is_manager
from gallery_service.service_layer.commands import ViewAlbum
from gallery_service.service_layer.dependencies import GalleryDependencies

MAX_PAGE = 100


@dataclass(frozen=True)
class AlbumView:
    """An album with what its viewer may do: managers see everything, guests the photos."""

    album: Album
    managed: bool
    share_code: str | None  # the code the viewer came with (guests) so photo links keep working


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise GalleryError(GalleryErrorCode.INVALID_PAGE_SIZE, f"Ask for 1 to {MAX_PAGE} at a time.", "limit")


async def my_albums(caller: Caller, deps: GalleryDependencies, *, limit: int, offset: int) -> list[AlbumView]:
    check_page(limit, offset)
    own_id = authorize(caller, Operation.LIST_OWN_ALBUMS, owner_id=caller.user_id or "")
    async with deps.unit_of_work() as uow:
        albums = await uow.albums.of_organizer(uuid.UUID(own_id), limit=limit, offset=offset)
    return [AlbumView(album, True, None) for album in albums]


async def public_albums(
    caller: Caller, organizer_id: uuid.UUID, deps: GalleryDependencies, *, limit: int, offset: int
) -> list[AlbumView]:
    """An organizer's public albums, as their public profile shows them (to anyone)."""
    check_page(limit, offset)
    async with deps.unit_of_work() as uow:
        albums = await uow.albums.of_organizer(
            organizer_id, limit=limit, offset=offset, only=Visibility.PUBLIC
        )
    return [AlbumView(album, is_manager(caller, album), None) for album in albums]


async def view_album(command: ViewAlbum, deps: GalleryDependencies) -> AlbumView:
    async with deps.unit_of_work() as uow:
        album = await uow.albums.get(command.album_id)
    if album is None:
        raise not_found()
    authorize_view(command.caller, album, share_code=command.share_code, now=deps.clock())
    return AlbumView(album, is_manager(command.caller, album), command.share_code)


async def shared_album(caller: Caller, code: str, deps: GalleryDependencies) -> AlbumView:
    """A guest's way in: the album whose live share code this is (a revoked code finds nothing)."""
    async with deps.unit_of_work() as uow:
        album = await uow.albums.by_share_code(code) if 0 < len(code) <= 64 else None
    if album is None:
        raise GalleryError(
            GalleryErrorCode.LINK_REVOKED, "This link does not open an album (revoked or mistyped)."
        )
    authorize_view(caller, album, share_code=code, now=deps.clock())
    return AlbumView(album, is_manager(caller, album), code)


async def photos_of(view: AlbumView, deps: GalleryDependencies, *, limit: int, offset: int) -> list[Photo]:
    check_page(limit, offset)
    async with deps.unit_of_work() as uow:
        return await uow.photos.of_album(view.album.id, limit=limit, offset=offset)


async def photo_count(album_id: uuid.UUID, deps: GalleryDependencies) -> int:
    async with deps.unit_of_work() as uow:
        return await uow.photos.count(album_id)
