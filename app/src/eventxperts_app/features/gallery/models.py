"""What the gallery section shows: albums, their photos, and the answers of its mutations."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from eventxperts_app.api.models import ApiError


class Visibility(StrEnum):
    PRIVATE = "PRIVATE"
    LINK = "LINK"
    PUBLIC = "PUBLIC"


@dataclass(frozen=True)
class Photo:
    id: str
    file_name: str
    thumbnail_url: str
    web_url: str
    download_url: str


@dataclass(frozen=True)
class Album:
    id: str
    title_en: str
    title_te: str
    event_date: str | None
    venue: str | None
    visibility: Visibility
    share_code: str | None
    face_search_enabled: bool
    keep_gps: bool
    position: int
    photo_count: int
    photos: tuple[Photo, ...] = ()


@dataclass(frozen=True)
class AlbumResult:
    album: Album | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class DeletedResult:
    deleted_id: str | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class UploadLinks:
    upload_url: str
    already_stored: frozenset[str]


@dataclass(frozen=True)
class UploadLinksResult:
    links: UploadLinks | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class DownloadResult:
    url: str | None
    errors: tuple[ApiError, ...] = ()
