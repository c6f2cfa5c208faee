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
class FaceIndexing:
    """How far face indexing of an album has come (its organizer sees it)."""

    indexed: int
    failed: int
    pending: int
    total: int
    faces: int


@dataclass(frozen=True)
class StorageUsage:
    """What the organizer keeps and may keep (their quota): photos, and bytes of the originals."""

    photos: int
    photo_limit: int
    bytes: int
    byte_limit: int


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
    face_indexing: FaceIndexing | None = None
    storage: StorageUsage | None = None  # the organizer's, fetched with the album for their panel


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


class SelfiePurpose(StrEnum):
    FIND_MY_PHOTOS = "FIND_MY_PHOTOS"
    HIDE_ME = "HIDE_ME"


@dataclass(frozen=True)
class SelfieLinkResult:
    upload_url: str | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class FoundPhoto:
    photo_id: str
    thumbnail_url: str
    download_url: str


@dataclass(frozen=True)
class SelfieAnswer:
    """Photos of the selfie's person: `matches` near-certain, `maybes` for the guest to judge; or,
    for HIDE_ME, how many faces were hidden."""

    matches: tuple[FoundPhoto, ...] = ()
    maybes: tuple[FoundPhoto, ...] = ()
    hidden_faces: int = 0
    error: ApiError | None = None
