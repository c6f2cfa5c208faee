"""Events the gallery service publishes: on topic `gallery.photo.v1` (key: the photo id) and on
`gallery.album.v1` (key: the album id).

`gallery.photo.uploaded` is what the face indexing worker consumes: where the photo's pixels are
(the storage keys of the original and of the web size, oriented upright and without GPS) and its
size, with its album and organizer, so the worker needs no call back. `gallery.photo.deleted` tells
whoever keeps something of a photo (its faces) to drop it. `gallery.album.face_search_changed` says an
album's organizer turned face search off (its face data must go) or on again (index its photos).
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

PHOTO_UPLOADED = "gallery.photo.uploaded"
PHOTO_DELETED = "gallery.photo.deleted"
ALBUM_FACE_SEARCH_CHANGED = "gallery.album.face_search_changed"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PhotoUploadedV1(_Frozen):
    """A new photo is stored with its web size and thumbnail; its album's face-search switch then."""

    photo_id: UUID
    album_id: UUID
    organizer_id: UUID
    occurred_at: datetime
    content_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    original_key: str
    original_media_type: str
    web_key: str
    width: int = Field(gt=0)  # the original's, upright (EXIF orientation applied)
    height: int = Field(gt=0)
    web_width: int = Field(gt=0)
    web_height: int = Field(gt=0)
    face_search_enabled: bool


class PhotoDeletedV1(_Frozen):
    """The photo and its files are gone (deleted by its organizer, with its album, or by erasure)."""

    photo_id: UUID
    album_id: UUID
    organizer_id: UUID
    occurred_at: datetime


class AlbumFaceSearchChangedV1(_Frozen):
    """The album's face-search switch changed; off means its face data is to be deleted."""

    album_id: UUID
    organizer_id: UUID
    occurred_at: datetime
    enabled: bool
