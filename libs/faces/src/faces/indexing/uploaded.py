"""What the worker reads of a `gallery.photo.uploaded` event.

A stand-in until the gallery's contract (`contracts.gallery`) is on main: the lead swaps this for
the contract's model; only these three fields are needed, and others are ignored.
"""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict

PHOTO_UPLOADED = "gallery.photo.uploaded"


class PhotoUploaded(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    photo_id: UUID
    album_id: UUID
    storage_key: str
