"""A photo as the gallery keeps it: the original under its content hash, its web size and thumbnail."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from gallery_service.domain.errors import GalleryError, GalleryErrorCode

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
MAX_FILE_NAME_CHARS = 255
ORIGINAL_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/heic": "heic"}


@dataclass(frozen=True)
class Photo:
    id: uuid.UUID
    album_id: uuid.UUID
    organizer_id: uuid.UUID
    content_sha256: str
    file_name: str
    media_type: str
    bytes: int
    width: int
    height: int
    web_width: int
    web_height: int
    original_key: str
    web_key: str
    thumbnail_key: str
    had_gps: bool
    taken_at: datetime | None
    created_at: datetime

    @property
    def keys(self) -> tuple[str, str, str]:
        return (self.original_key, self.web_key, self.thumbnail_key)


@dataclass(frozen=True)
class PhotoKeys:
    original: str
    web: str
    thumbnail: str


def photo_keys(album_id: uuid.UUID, photo_id: uuid.UUID, media_type: str) -> PhotoKeys:
    """Where a photo's three files live in the object store (one folder per photo)."""
    folder = f"albums/{album_id}/photos/{photo_id}"
    return PhotoKeys(
        f"{folder}/original.{ORIGINAL_EXTENSIONS[media_type]}", f"{folder}/web.jpg", f"{folder}/thumb.jpg"
    )


def check_sha256(value: str, field: str = "contentHashes") -> str:
    digest = value.strip().lower()
    if not SHA256_HEX.match(digest):
        raise GalleryError(
            GalleryErrorCode.INVALID_HASH, "A content hash is 64 hexadecimal characters (SHA-256).", field
        )
    return digest


def clean_file_name(value: str | None) -> str:
    """The name shown and used in zips: its last path part, printable, at most 255 characters."""
    name = (value or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()[:MAX_FILE_NAME_CHARS]
    return name or "photo"
