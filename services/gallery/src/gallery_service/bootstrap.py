"""The composition root of the gallery service: settings in, wired use-case dependencies out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from servicekit.bounded_threads import BoundedThreads
from servicekit.db import session_factory
from servicekit.service import Sessions
from servicekit.storage import ObjectStorage, open_storage
from sqlalchemy.ext.asyncio import AsyncEngine

from gallery_service.domain.quota import StorageQuota
from gallery_service.face_engine import FaceEngine
from gallery_service.imaging.photo_processing import PhotoLimits
from gallery_service.service_layer.dependencies import GalleryDependencies, Links
from gallery_service.service_layer.unit_of_work import GalleryUnitOfWork
from gallery_service.settings import GallerySettings

# Photos waiting for a thread beyond this are refused with TOO_BUSY (each holds its bytes in memory).
IMAGE_QUEUE = 16


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class GalleryServices:
    """Everything the edges (GraphQL, routes, consumers) reach the service through."""

    settings: GallerySettings
    engine: AsyncEngine
    sessions: Sessions
    deps: GalleryDependencies


def build_services(
    settings: GallerySettings,
    engine: AsyncEngine,
    sessions: Sessions | None,
    *,
    clock: Callable[[], datetime] = utc_now,
    storage: ObjectStorage | None = None,
) -> GalleryServices:
    """Wire the use cases; tests pass sessions rolled back after each test (and a clock, a store)."""
    sessions = sessions or session_factory(engine)
    chosen = sessions
    storage = storage or open_storage(
        settings, data_dir=settings.data_dir, service_name=settings.service_name
    )
    deps = GalleryDependencies(
        unit_of_work=lambda: GalleryUnitOfWork(chosen, producer=settings.service_name),
        clock=clock,
        storage=storage,
        images=BoundedThreads(workers=settings.image_workers, queue_limit=IMAGE_QUEUE, name="gallery-images"),
        limits=PhotoLimits(
            max_bytes=settings.max_photo_bytes,
            max_pixels=settings.max_photo_pixels,
            web_long_edge=settings.web_long_edge,
            thumbnail_long_edge=settings.thumbnail_long_edge,
        ),
        links=Links(
            public_url=settings.public_url.rstrip("/"),
            secret_key=settings.secret_key,
            upload_seconds=settings.upload_link_seconds,
            download_seconds=settings.download_link_seconds,
        ),
        staging_dir=settings.data_dir / "gallery-staging",
        faces=FaceEngine(
            sessions,
            storage,
            clock,
            workers=settings.face_workers,
            in_flight=settings.face_photos_in_flight,
            retention=timedelta(days=settings.face_retention_days),
            purge_seconds=settings.face_purge_seconds,
        ),
        max_selfie_bytes=settings.max_selfie_bytes,
        quota=StorageQuota(photos=settings.organizer_photo_quota, bytes=settings.organizer_byte_quota),
    )
    return GalleryServices(settings, engine, sessions, deps)
