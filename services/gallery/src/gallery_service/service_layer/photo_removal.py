"""Removing photos: rows and their events in the transaction, files after it commits.

Files go only after the commit, so a rolled-back deletion never leaves rows pointing at nothing; a
crash between the two leaves files no row points at, which deleting again (or erasure) removes.
"""

from __future__ import annotations

import uuid

from contracts.gallery import PHOTO_DELETED, PhotoDeletedV1
from servicekit.events import Event
from servicekit.storage import ObjectStorage

from gallery_service.domain.album import Album
from gallery_service.domain.errors import not_found
from gallery_service.domain.photo import Photo
from gallery_service.service_layer.authorization import Operation, authorize
from gallery_service.service_layer.commands import DeletePhoto
from gallery_service.service_layer.dependencies import GalleryDependencies
from gallery_service.service_layer.face_data import forget_photos
from gallery_service.service_layer.unit_of_work import GalleryUnitOfWork


async def remove_photos(uow: GalleryUnitOfWork, photos: list[Photo], deps: GalleryDependencies) -> None:
    now = deps.clock()
    await forget_photos(uow.session, [photo.id for photo in photos])
    for photo in photos:
        await uow.photos.delete(photo.id)
        payload = PhotoDeletedV1(
            photo_id=photo.id, album_id=photo.album_id, organizer_id=photo.organizer_id, occurred_at=now
        )
        uow.publish(Event(PHOTO_DELETED, 1, str(photo.id), payload))


async def delete_files(photos: list[Photo], deps: GalleryDependencies) -> None:
    await delete_keys([key for photo in photos for key in photo.keys], deps.storage)


async def delete_keys(keys: list[str], storage: ObjectStorage) -> None:
    for key in keys:
        await storage.delete(key)


async def delete_photo(command: DeletePhoto, deps: GalleryDependencies) -> uuid.UUID:
    async with deps.unit_of_work() as uow:
        photo = await uow.photos.get(command.photo_id)
        album = await uow.albums.get(photo.album_id, for_update=True) if photo else None
        if photo is None or album is None or not _may_delete(command, album):
            raise not_found("photo", "photoId")
        await remove_photos(uow, [photo], deps)
        if album.cover_photo_id == photo.id:
            await uow.albums.save(
                Album(**{**vars(album), "cover_photo_id": None, "updated_at": deps.clock()})
            )
        await uow.commit()
    await delete_files([photo], deps)
    return photo.id


def _may_delete(command: DeletePhoto, album: Album) -> bool:
    from servicekit.errors import Forbidden

    try:
        authorize(command.caller, Operation.DELETE_PHOTO, owner_id=str(album.organizer_id))
    except Forbidden:
        return False
    return True
