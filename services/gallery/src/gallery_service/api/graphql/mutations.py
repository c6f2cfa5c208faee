"""Changing albums, asking for upload and download links, deleting photos: payloads with typed errors."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from enum import Enum
from typing import TypeVar

import strawberry
from servicekit.errors import DomainError
from servicekit.graphql import described

from gallery_service.api.graphql.context import GalleryInfo, caller_of, deps_of
from gallery_service.api.graphql.errors import GalleryErrorType, errors_of
from gallery_service.api.graphql.types import AlbumType, parse_id
from gallery_service.domain.album import Album, Visibility
from gallery_service.service_layer import albums as use
from gallery_service.service_layer.commands import (
    AlbumAction,
    AlbumFields,
    CreateAlbum,
    DeletePhoto,
    RequestDownload,
    RequestSelfieSearch,
    RequestUploads,
    SetCover,
    SetFaceSearch,
    ShareAlbum,
    UpdateAlbum,
)
from gallery_service.service_layer.downloads import request_zip
from gallery_service.service_layer.face_search import request_selfie_search
from gallery_service.service_layer.photo_removal import delete_photo
from gallery_service.service_layer.uploads import UploadLinks, request_uploads
from gallery_service.service_layer.viewing import AlbumView

T = TypeVar("T")


@strawberry.input(name="AlbumInput")
class AlbumInput:
    title_en: str
    title_te: str
    event_date: date | None = None
    venue: str | None = None
    booking_id: strawberry.ID | None = None
    position: int = 0
    keep_gps: bool = False

    def fields(self) -> AlbumFields:
        booking = parse_id(self.booking_id, "bookingId") if self.booking_id else None
        return AlbumFields(
            self.title_en, self.title_te, self.event_date, self.venue, booking, self.position, self.keep_gps
        )


@strawberry.type(name="AlbumPayload")
class AlbumPayload:
    album: AlbumType | None = None
    errors: list[GalleryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="DeletedPayload")
class DeletedPayload:
    deleted_id: strawberry.ID | None = None
    errors: list[GalleryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="PhotoUploadLinks", description="Where to send photos: never through GraphQL.")
class PhotoUploadLinksType:
    upload_url: str = strawberry.field(description="PUT or POST one whole photo per request (?name=file).")
    tus_url: str = strawberry.field(description="The tus 1.0.0 endpoint for resumable uploads.")
    expires_at: datetime
    already_stored: list[str] = strawberry.field(
        description="Of the hashes asked about, those stored already."
    )


@strawberry.type(name="PhotoUploadPayload")
class PhotoUploadPayload:
    links: PhotoUploadLinksType | None = None
    errors: list[GalleryErrorType] = strawberry.field(default_factory=list)


@strawberry.enum(name="SelfiePurpose")
class SelfiePurpose(Enum):
    FIND_MY_PHOTOS = "FIND_MY_PHOTOS"
    HIDE_ME = "HIDE_ME"


@strawberry.type(
    name="SelfieUploadLink",
    description="Where to send the selfie (never through GraphQL). POST the image as the body; the "
    "answer is JSON: `matches` and `maybes` (each `photoId`, `thumbnailUrl`, `webUrl`, "
    "`downloadUrl`), or for HIDE_ME `hiddenFaces`; refusals answer `error.code` and "
    "`error.message` (NO_FACE, SEVERAL_FACES, "
    "FACE_SEARCH_OFF, LINK_EXPIRED, LINK_INVALID, ...). The selfie is processed in memory and "
    "discarded: never stored, never logged.",
)
class SelfieUploadLinkType:
    upload_url: str
    expires_at: datetime


@strawberry.type(name="SelfieSearchPayload")
class SelfieSearchPayload:
    link: SelfieUploadLinkType | None = None
    errors: list[GalleryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="DownloadPayload")
class DownloadPayload:
    url: str | None = strawberry.field(default=None, description="A signed, short-lived zip URL.")
    errors: list[GalleryErrorType] = strawberry.field(default_factory=list)


async def _album_payload(call: Callable[[], Awaitable[Album]]) -> AlbumPayload:
    try:
        album = await call()
    except DomainError as error:
        return AlbumPayload(errors=errors_of(error))
    return AlbumPayload(album=AlbumType.of(AlbumView(album, True, None)))


@strawberry.type
class GalleryMutations:
    @described.mutation("A new private album of the signed-in organizer.")
    async def create_album(self, info: GalleryInfo, input: AlbumInput) -> AlbumPayload:
        return await _album_payload(
            lambda: use.create_album(CreateAlbum(caller_of(info), input.fields()), deps_of(info))
        )

    @strawberry.mutation
    async def update_album(self, info: GalleryInfo, id: strawberry.ID, input: AlbumInput) -> AlbumPayload:
        return await _album_payload(
            lambda: use.update_album(
                UpdateAlbum(caller_of(info), parse_id(id, "id"), input.fields()), deps_of(info)
            )
        )

    @described.mutation("Private, link-shared (a share code, optional expiry) or public.")
    async def set_album_visibility(
        self,
        info: GalleryInfo,
        id: strawberry.ID,
        visibility: Visibility,
        expires_at: datetime | None = None,
    ) -> AlbumPayload:
        return await _album_payload(
            lambda: use.share_album(
                ShareAlbum(caller_of(info), parse_id(id, "id"), visibility, expires_at), deps_of(info)
            )
        )

    @described.mutation("The shared link stops working at once; the album is private again.")
    async def revoke_album_link(self, info: GalleryInfo, id: strawberry.ID) -> AlbumPayload:
        return await _album_payload(
            lambda: use.revoke_link(AlbumAction(caller_of(info), parse_id(id, "id")), deps_of(info))
        )

    @described.mutation("Off deletes the album's face data; guests can no longer search it.")
    async def set_album_face_search(
        self, info: GalleryInfo, id: strawberry.ID, enabled: bool
    ) -> AlbumPayload:
        return await _album_payload(
            lambda: use.set_face_search(
                SetFaceSearch(caller_of(info), parse_id(id, "id"), enabled), deps_of(info)
            )
        )

    @strawberry.mutation
    async def set_album_cover(
        self, info: GalleryInfo, id: strawberry.ID, photo_id: strawberry.ID | None
    ) -> AlbumPayload:
        photo = parse_id(photo_id, "photoId") if photo_id else None
        return await _album_payload(
            lambda: use.set_cover(SetCover(caller_of(info), parse_id(id, "id"), photo), deps_of(info))
        )

    @described.mutation("The album, its photos and their files are deleted.")
    async def delete_album(self, info: GalleryInfo, id: strawberry.ID) -> DeletedPayload:
        return await _deleted(
            lambda: use.delete_album(AlbumAction(caller_of(info), parse_id(id, "id")), deps_of(info))
        )

    @strawberry.mutation
    async def delete_photo(self, info: GalleryInfo, id: strawberry.ID) -> DeletedPayload:
        return await _deleted(
            lambda: delete_photo(DeletePhoto(caller_of(info), parse_id(id, "id")), deps_of(info))
        )

    @described.mutation(
        "Signed upload URLs for the album; pass the SHA-256 of the files to send and the "
        "answer lists those stored already (a batch resumes by skipping them)."
    )
    async def request_photo_uploads(
        self, info: GalleryInfo, album_id: strawberry.ID, content_hashes: list[str] | None = None
    ) -> PhotoUploadPayload:
        try:
            command = RequestUploads(
                caller_of(info), parse_id(album_id, "albumId"), tuple(content_hashes or ())
            )
            links: UploadLinks = await request_uploads(command, deps_of(info))
        except DomainError as error:
            return PhotoUploadPayload(errors=errors_of(error))
        return PhotoUploadPayload(links=PhotoUploadLinksType(**vars(links)))

    @described.mutation("A zip of the whole album, or of the chosen photos (a guest's matches, at most 100).")
    async def request_album_download(
        self,
        info: GalleryInfo,
        album_id: strawberry.ID,
        share_code: str | None = None,
        photo_ids: list[strawberry.ID] | None = None,
    ) -> DownloadPayload:
        try:
            ids = tuple(parse_id(i, "photoIds") for i in photo_ids) if photo_ids is not None else None
            command = RequestDownload(caller_of(info), parse_id(album_id, "albumId"), share_code, ids)
            url = await request_zip(command, deps_of(info))
        except DomainError as error:
            return DownloadPayload(errors=errors_of(error))
        return DownloadPayload(url=url)

    @described.mutation(
        "A signed link to send one selfie to: find the guest's photos in the album (matches and "
        "maybes), or hide the guest's face from later searches of it (HIDE_ME). For anyone who may "
        "see the album (a public one, or with its share code) while its face search is on; "
        "`consent` must be true (CONSENT_REQUIRED)."
    )
    async def request_selfie_search(
        self,
        info: GalleryInfo,
        album_id: strawberry.ID,
        consent: bool,
        share_code: str | None = None,
        purpose: SelfiePurpose = SelfiePurpose.FIND_MY_PHOTOS,
    ) -> SelfieSearchPayload:
        try:
            command = RequestSelfieSearch(
                caller_of(info),
                parse_id(album_id, "albumId"),
                share_code,
                consent,
                hide=purpose is SelfiePurpose.HIDE_ME,
            )
            link = await request_selfie_search(command, deps_of(info))
        except DomainError as error:
            return SelfieSearchPayload(errors=errors_of(error))
        return SelfieSearchPayload(
            link=SelfieUploadLinkType(upload_url=link.upload_url, expires_at=link.expires_at)
        )


async def _deleted(call: Callable[[], Awaitable[uuid.UUID]]) -> DeletedPayload:
    try:
        deleted = await call()
    except DomainError as error:
        return DeletedPayload(errors=errors_of(error))
    return DeletedPayload(deleted_id=strawberry.ID(str(deleted)))
