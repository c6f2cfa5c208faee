"""The gallery service as servicekit runs it."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from servicekit.consumers.registry import HandlerRegistry
from servicekit.service import ServiceDefinition

from gallery_service.api.download_routes import download_router
from gallery_service.api.graphql.schema import gallery_schema
from gallery_service.api.selfie_routes import selfie_router
from gallery_service.api.tus_routes import tus_router
from gallery_service.api.upload_routes import upload_router
from gallery_service.bootstrap import GalleryServices, build_services
from gallery_service.consumers.handlers import gallery_consumers
from gallery_service.settings import GallerySettings

# A tus PATCH or a whole photo, with room for the request's own framing.
BODY_MARGIN = 64 * 1024


def _consumers(services: GalleryServices) -> HandlerRegistry:
    return gallery_consumers(services.deps.storage)


async def _start_faces(services: GalleryServices) -> None:
    await services.deps.faces.start(indexing=services.settings.face_indexing)


async def _stop_faces(services: GalleryServices) -> None:
    await services.deps.faces.stop()


def _body_limits(settings: GallerySettings) -> Mapping[str, int]:
    larger = settings.max_photo_bytes + BODY_MARGIN
    selfie = settings.max_selfie_bytes + BODY_MARGIN
    return {"/gallery/uploads/": larger, "/gallery/tus/": larger, "/gallery/selfies/": selfie}


async def _close_storage(services: GalleryServices) -> None:
    await services.deps.storage.close()


SERVICE = ServiceDefinition(
    name="gallery",
    root=Path(__file__).resolve().parents[2],
    settings=GallerySettings,
    schema=gallery_schema,
    wire=build_services,
    consumers=_consumers,
    routers=(upload_router, tus_router, download_router, selfie_router),
    on_start=(_start_faces,),
    on_stop=(_stop_faces, _close_storage),
    body_limits=_body_limits,
)
