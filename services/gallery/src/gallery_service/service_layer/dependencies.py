"""What the use cases need, wired once by the composition root (bootstrap.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from servicekit.bounded_threads import BoundedThreads
from servicekit.storage import ObjectStorage

from gallery_service.domain.quota import StorageQuota
from gallery_service.face_engine import FaceEngine
from gallery_service.imaging.photo_processing import PhotoLimits
from gallery_service.service_layer.unit_of_work import GalleryUnitOfWork


@dataclass(frozen=True)
class Links:
    """How the gallery's public URLs are made: on the edge's origin, signed under SECRET_KEY."""

    public_url: str
    secret_key: str
    upload_seconds: int
    download_seconds: int


@dataclass(frozen=True)
class GalleryDependencies:
    unit_of_work: Callable[[], GalleryUnitOfWork]
    clock: Callable[[], datetime]
    storage: ObjectStorage
    images: BoundedThreads
    limits: PhotoLimits
    links: Links
    staging_dir: Path  # tus uploads in progress, on the service's own disk
    faces: FaceEngine  # the process pool selfies are described in (and the indexing worker)
    max_selfie_bytes: int
    quota: StorageQuota  # what each organizer may keep
