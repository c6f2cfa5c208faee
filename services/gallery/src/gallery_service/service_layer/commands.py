"""What the edges ask of the use cases: one command per action, with the caller."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from servicekit.auth import Caller

from gallery_service.domain.album import Visibility


@dataclass(frozen=True)
class AlbumFields:
    title_en: str
    title_te: str
    event_date: date | None = None
    venue: str | None = None
    booking_id: uuid.UUID | None = None
    position: int = 0
    keep_gps: bool = False


@dataclass(frozen=True)
class CreateAlbum:
    caller: Caller
    fields: AlbumFields
    organizer_id: uuid.UUID | None = None  # a super admin may create for an organizer


@dataclass(frozen=True)
class UpdateAlbum:
    caller: Caller
    album_id: uuid.UUID
    fields: AlbumFields


@dataclass(frozen=True)
class ShareAlbum:
    caller: Caller
    album_id: uuid.UUID
    visibility: Visibility
    expires_at: datetime | None = None


@dataclass(frozen=True)
class AlbumAction:
    """An action on an album with no more input than its id (revoke the link, delete it)."""

    caller: Caller
    album_id: uuid.UUID


@dataclass(frozen=True)
class SetFaceSearch:
    caller: Caller
    album_id: uuid.UUID
    enabled: bool


@dataclass(frozen=True)
class SetCover:
    caller: Caller
    album_id: uuid.UUID
    photo_id: uuid.UUID | None


@dataclass(frozen=True)
class DeletePhoto:
    caller: Caller
    photo_id: uuid.UUID


@dataclass(frozen=True)
class RequestUploads:
    caller: Caller
    album_id: uuid.UUID
    content_hashes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ViewAlbum:
    caller: Caller
    album_id: uuid.UUID
    share_code: str | None = None


@dataclass(frozen=True)
class RequestDownload:
    caller: Caller
    album_id: uuid.UUID
    share_code: str | None = None
    photo_ids: tuple[uuid.UUID, ...] | None = None  # None: the whole album


@dataclass(frozen=True)
class RequestSelfieSearch:
    caller: Caller
    album_id: uuid.UUID
    share_code: str | None
    consent: bool
    hide: bool = False  # "hide me": the guest's faces are excluded from later searches of the album
