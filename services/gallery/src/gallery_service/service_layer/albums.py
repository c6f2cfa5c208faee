"""Albums: create, edit, share (private / link / public), revoke the link, switches, cover, delete."""

from __future__ import annotations

import uuid
from dataclasses import replace

from contracts.gallery import ALBUM_FACE_SEARCH_CHANGED, AlbumFaceSearchChangedV1
from servicekit.auth import Caller
from servicekit.errors import Forbidden, InputChecks
from servicekit.events import Event

from gallery_service.domain.album import Album, Visibility, check_position, clean_title, clean_venue
from gallery_service.domain.errors import GalleryError, GalleryErrorCode, not_found
from gallery_service.service_layer.authorization import Operation, authorize
from gallery_service.service_layer.commands import (
    AlbumAction,
    AlbumFields,
    CreateAlbum,
    SetCover,
    SetFaceSearch,
    ShareAlbum,
    UpdateAlbum,
)
from gallery_service.service_layer.dependencies import GalleryDependencies
from gallery_service.service_layer.face_data import forget_albums, queue_photos
from gallery_service.service_layer.photo_removal import delete_files, remove_photos
from gallery_service.service_layer.unit_of_work import GalleryUnitOfWork


def _checked(fields: AlbumFields) -> AlbumFields:
    """The fields cleaned, or every problem at once (each next to its own field)."""
    checks = InputChecks()
    title_en = checks.check(lambda: clean_title(fields.title_en, "titleEn"))
    title_te = checks.check(lambda: clean_title(fields.title_te, "titleTe"))
    venue = checks.check(lambda: clean_venue(fields.venue))
    checks.check(lambda: check_position(fields.position))
    checks.raise_failures()
    assert title_en is not None
    assert title_te is not None
    return replace(fields, title_en=title_en, title_te=title_te, venue=venue)


async def create_album(command: CreateAlbum, deps: GalleryDependencies) -> Album:
    owner = command.organizer_id or _own_id(command.caller)
    authorize(command.caller, Operation.CREATE_ALBUM, owner_id=str(owner))
    fields = _checked(command.fields)
    now = deps.clock()
    album = Album(
        id=uuid.uuid4(),
        organizer_id=owner,
        **vars(fields),
        cover_photo_id=None,
        visibility=Visibility.PRIVATE,
        share_code=None,
        share_expires_at=None,
        face_search_enabled=True,
        offered=False,
        created_at=now,
        updated_at=now,
    )
    async with deps.unit_of_work() as uow:
        await _check_booking(uow, album)
        await uow.albums.add(album)
        await uow.commit()
    return album


async def update_album(command: UpdateAlbum, deps: GalleryDependencies) -> Album:
    fields = _checked(command.fields)
    async with deps.unit_of_work() as uow:
        album = await managed_album(uow, command.caller, command.album_id)
        changed = Album(**{**vars(album), **vars(fields), "offered": False, "updated_at": deps.clock()})
        await _check_booking(uow, changed)
        await uow.albums.save(changed)
        await uow.commit()
    return changed


async def share_album(command: ShareAlbum, deps: GalleryDependencies) -> Album:
    async with deps.unit_of_work() as uow:
        album = await managed_album(uow, command.caller, command.album_id)
        shared = album.shared_with(command.visibility, command.expires_at, deps.clock())
        await uow.albums.save(shared)
        await uow.commit()
    return shared


async def revoke_link(command: AlbumAction, deps: GalleryDependencies) -> Album:
    async with deps.unit_of_work() as uow:
        album = await managed_album(uow, command.caller, command.album_id)
        revoked = album.link_revoked(deps.clock())
        await uow.albums.save(revoked)
        await uow.commit()
    return revoked


async def set_face_search(command: SetFaceSearch, deps: GalleryDependencies) -> Album:
    # Turning it off deletes the album's face data in this transaction (the event tells others);
    # turning it on again queues the album's photos for indexing.
    async with deps.unit_of_work() as uow:
        album = await managed_album(uow, command.caller, command.album_id)
        now = deps.clock()
        switched = Album(**{**vars(album), "face_search_enabled": command.enabled, "updated_at": now})
        await uow.albums.save(switched)
        if album.face_search_enabled != command.enabled:
            payload = AlbumFaceSearchChangedV1(
                album_id=album.id, organizer_id=album.organizer_id, occurred_at=now, enabled=command.enabled
            )
            uow.publish(Event(ALBUM_FACE_SEARCH_CHANGED, 1, str(album.id), payload))
            if command.enabled:
                await queue_photos(uow.session, await uow.photos.of_album(album.id), now)
            else:
                await forget_albums(uow.session, [album.id])
        await uow.commit()
    return switched


async def set_cover(command: SetCover, deps: GalleryDependencies) -> Album:
    async with deps.unit_of_work() as uow:
        album = await managed_album(uow, command.caller, command.album_id)
        if command.photo_id is not None:
            photo = await uow.photos.get(command.photo_id)
            if photo is None or photo.album_id != album.id:
                raise GalleryError(
                    GalleryErrorCode.PHOTO_NOT_IN_ALBUM, "That photo is not in this album.", "photoId"
                )
        covered = Album(**{**vars(album), "cover_photo_id": command.photo_id, "updated_at": deps.clock()})
        await uow.albums.save(covered)
        await uow.commit()
    return covered


async def delete_album(command: AlbumAction, deps: GalleryDependencies) -> uuid.UUID:
    async with deps.unit_of_work() as uow:
        album = await managed_album(uow, command.caller, command.album_id)
        photos = await uow.photos.of_album(album.id)
        await remove_photos(uow, photos, deps)
        await forget_albums(uow.session, [album.id])
        await uow.albums.delete(album.id)
        await uow.commit()
    await delete_files(photos, deps)
    return album.id


async def managed_album(uow: GalleryUnitOfWork, caller: Caller, album_id: uuid.UUID) -> Album:
    """The album, locked for change, when the caller manages it; NOT_FOUND for others' albums."""
    album = await uow.albums.get(album_id, for_update=True)
    if album is None:
        raise not_found()
    try:
        authorize(caller, Operation.MANAGE_ALBUM, owner_id=str(album.organizer_id))
    except Forbidden:
        raise not_found() from None
    return album


async def _check_booking(uow: GalleryUnitOfWork, album: Album) -> None:
    """An album links only to its organizer's own booking, as the calendar's events told the gallery
    (NOT_FOUND on bookingId for another's or an unknown one: ids do not reveal bookings), and to
    one without another album."""
    if album.booking_id is None:
        return
    if await uow.bookings.organizer_of(album.booking_id) != album.organizer_id:
        raise not_found("booking", "bookingId")
    other = await uow.albums.by_booking(album.booking_id)
    if other is not None and other.id != album.id:
        raise GalleryError(GalleryErrorCode.INVALID_TEXT, "That booking has an album already.", "bookingId")


def _own_id(caller: Caller) -> uuid.UUID:
    authorize(caller, Operation.CREATE_ALBUM, owner_id=caller.user_id or "")
    return uuid.UUID(caller.user_id)
