"""The gallery's types in the graph: Album and AlbumPhoto (names no other subgraph uses)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import strawberry
from servicekit.graphql import described

from gallery_service.api.graphql.context import GalleryInfo, deps_of
from gallery_service.api.graphql.errors import as_graphql_error
from gallery_service.domain.album import Visibility
from gallery_service.domain.errors import not_found
from gallery_service.domain.photo import Photo
from gallery_service.domain.quota import StorageUsage
from gallery_service.service_layer.downloads import photo_urls
from gallery_service.service_layer.face_search import indexing_progress
from gallery_service.service_layer.viewing import AlbumView, photo_count, photos_of

# Registered on the domain enum itself, so fields are annotated with Visibility.
strawberry.enum(Visibility, name="AlbumVisibility")


@strawberry.type(name="AlbumPhoto", description="A photo of an album; its URLs are signed and short-lived.")
class AlbumPhotoType:
    id: strawberry.ID
    file_name: str
    width: int
    height: int
    taken_at: datetime | None
    thumbnail_url: str
    web_url: str
    download_url: str = strawberry.field(
        description="The original for the album's managers (and for guests when the organizer keeps "
        "GPS); otherwise the web size, upright and without location."
    )

    @classmethod
    def of(cls, view: AlbumView, photo: Photo, info: GalleryInfo) -> AlbumPhotoType:
        thumbnail, web, download = photo_urls(view, photo, deps_of(info))
        return cls(
            id=strawberry.ID(str(photo.id)),
            file_name=photo.file_name,
            width=photo.width,
            height=photo.height,
            taken_at=photo.taken_at,
            thumbnail_url=thumbnail,
            web_url=web,
            download_url=download,
        )


@strawberry.type(
    name="FaceIndexingProgress",
    description='How far face indexing of an album has come: "312 of 540 indexed".',
)
class FaceIndexingProgressType:
    indexed: int
    failed: int = strawberry.field(description="Photos that could not be read (listed in dead letters).")
    pending: int
    total: int
    faces: int = strawberry.field(description="Faces found in the indexed photos.")


@strawberry.type(
    name="StorageUsage",
    description='What an organizer keeps and may keep: "1,234 of 5,000 photos, 2.1 of 20 GB".',
)
class StorageUsageType:
    photos: int
    photo_limit: int
    bytes: float = strawberry.field(description="Bytes of the originals kept (a Float: past Int's 32 bits).")
    byte_limit: float

    @classmethod
    def of(cls, usage: StorageUsage) -> StorageUsageType:
        return cls(
            photos=usage.photos,
            photo_limit=usage.quota.photos,
            bytes=float(usage.bytes),
            byte_limit=float(usage.quota.bytes),
        )


@strawberry.type(name="Album")
class AlbumType:
    view: strawberry.Private[AlbumView]
    id: strawberry.ID
    title_en: str
    title_te: str
    event_date: date | None
    venue: str | None
    cover_photo_id: strawberry.ID | None
    visibility: Visibility

    @classmethod
    def of(cls, view: AlbumView) -> AlbumType:
        album = view.album
        return cls(
            view=view,
            id=strawberry.ID(str(album.id)),
            title_en=album.title_en,
            title_te=album.title_te,
            event_date=album.event_date,
            venue=album.venue,
            cover_photo_id=strawberry.ID(str(album.cover_photo_id)) if album.cover_photo_id else None,
            visibility=album.visibility,
        )

    @described.field("The calendar booking the album is for (managers only).")
    def booking_id(self) -> strawberry.ID | None:
        booking = self.view.album.booking_id if self.view.managed else None
        return strawberry.ID(str(booking)) if booking else None

    @described.field("The link-share code (managers only); guests open `sharedAlbum(code)`.")
    def share_code(self) -> str | None:
        return self.view.album.share_code if self.view.managed else None

    @described.field("When the shared link stops working (null: never, until revoked).")
    def share_expires_at(self) -> datetime | None:
        return self.view.album.share_expires_at

    @described.field("Whether guests may find their photos here by a selfie.")
    def face_search_enabled(self) -> bool:
        return self.view.album.face_search_enabled

    @described.field("Guests download originals with their location (GPS) when true.")
    def keep_gps(self) -> bool:
        return self.view.album.keep_gps

    @described.field("Made for a completed booking and not yet edited by the organizer.")
    def offered(self) -> bool:
        return self.view.album.offered

    @strawberry.field
    def position(self) -> int:
        return self.view.album.position

    @strawberry.field
    def organizer_id(self) -> strawberry.ID:
        return strawberry.ID(str(self.view.album.organizer_id))

    @described.field("Face indexing progress (managers only; null for guests).")
    async def face_indexing(self, info: GalleryInfo) -> FaceIndexingProgressType | None:
        progress = await indexing_progress(self.view, deps_of(info))
        if progress is None:
            return None
        return FaceIndexingProgressType(
            indexed=progress.indexed,
            failed=progress.failed,
            pending=progress.pending,
            total=progress.total,
            faces=progress.faces,
        )

    @strawberry.field
    async def photo_count(self, info: GalleryInfo) -> int:
        return await photo_count(self.view.album.id, deps_of(info))

    @described.field("Photos in order of taking, at most 100 at a time.")
    async def photos(self, info: GalleryInfo, limit: int = 50, offset: int = 0) -> list[AlbumPhotoType]:
        photos = await as_graphql_error(photos_of(self.view, deps_of(info), limit=limit, offset=offset))
        return [AlbumPhotoType.of(self.view, photo, info) for photo in photos]


def parse_id(value: str, field: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise not_found(field=field) from None
