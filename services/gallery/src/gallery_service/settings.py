"""The gallery service's settings: servicekit's common ones, object storage, and the photo limits."""

from __future__ import annotations

from pydantic import AliasChoices, Field
from servicekit.settings import ServiceSettings
from servicekit.storage import StorageSettings


class GallerySettings(ServiceSettings, StorageSettings):
    service_name: str = "gallery"
    port: int = Field(default=8005, validation_alias=AliasChoices("gallery_port", "port"))

    # The platform's public origin (the edge): upload, file and zip URLs are made on it.
    public_url: str = "http://127.0.0.1:8080"
    # How long a signed upload URL (whole files and tus) and a download URL work.
    upload_link_seconds: int = 3600
    download_link_seconds: int = 600

    # One photo: bytes on the wire and decoded pixels (a decompression bomb is refused before decoding).
    max_photo_bytes: int = Field(default=40 * 1024 * 1024, gt=0)
    max_photo_pixels: int = Field(default=100_000_000, gt=0)
    # Generated once per photo, as JPEG: the long edge of the web size and of the thumbnail.
    web_long_edge: int = 2048
    thumbnail_long_edge: int = 400
    # How many photos are decoded and resized at once (each holds its pixels in memory).
    image_workers: int = Field(default=2, gt=0)

    # Face indexing (libs/faces): the worker and its process pool run in this process when true.
    face_indexing: bool = True
    # Processes detecting faces, and photos in flight at most (each holds its web size in memory).
    face_workers: int = Field(default=1, gt=0)
    face_photos_in_flight: int = Field(default=2, gt=0)
    # Face data older than this is deleted (a periodic purge every face_purge_seconds; 0: off).
    face_retention_days: int = Field(default=365, gt=0)
    face_purge_seconds: float = 3600.0
    # What each organizer may keep: photos, and bytes of the originals uploaded (decision 0044).
    organizer_photo_quota: int = Field(default=5_000, gt=0)
    organizer_byte_quota: int = Field(default=20_000_000_000, gt=0)
    # The most bytes a selfie may have.
    max_selfie_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
