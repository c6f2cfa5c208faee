"""The gallery unit of work: servicekit's transaction + outbox, with this service's repositories."""

from __future__ import annotations

from servicekit.uow import SqlAlchemyUnitOfWork

from gallery_service.adapters.albums_repository import AlbumsRepository, PhotosRepository
from gallery_service.adapters.bookings_repository import BookingsRepository


class GalleryUnitOfWork(SqlAlchemyUnitOfWork):
    albums: AlbumsRepository
    photos: PhotosRepository
    bookings: BookingsRepository

    async def __aenter__(self) -> GalleryUnitOfWork:
        await super().__aenter__()
        self.albums = AlbumsRepository(self.session)
        self.photos = PhotosRepository(self.session)
        self.bookings = BookingsRepository(self.session)
        return self
