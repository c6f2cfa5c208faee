"""The marketplace service as servicekit runs it."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from servicekit.service import ServiceDefinition

from marketplace_service.api.graphql.schema import marketplace_schema
from marketplace_service.api.image_routes import image_router
from marketplace_service.api.webhook_routes import webhook_router
from marketplace_service.bootstrap import MarketplaceServices, build_services
from marketplace_service.consumers.users_events import users_handlers
from marketplace_service.imaging.item_images import MAX_BYTES
from marketplace_service.settings import MarketplaceSettings


async def _start_sweeping(services: MarketplaceServices) -> None:
    await services.sweeper.start()


async def _stop_sweeping(services: MarketplaceServices) -> None:
    await services.sweeper.stop()


async def _close_storage(services: MarketplaceServices) -> None:
    await services.deps.storage.close()


def _body_limits(settings: MarketplaceSettings) -> Mapping[str, int]:
    # One photo per upload request; a little more than the photo limit so that limit's own typed
    # refusal (IMAGE_TOO_LARGE) answers first.
    return {"/marketplace/uploads/": MAX_BYTES + 64 * 1024}


SERVICE = ServiceDefinition(
    name="marketplace",
    root=Path(__file__).resolve().parents[2],
    settings=MarketplaceSettings,
    schema=marketplace_schema,
    wire=build_services,
    consumers=lambda services: users_handlers(),
    routers=(webhook_router, image_router),
    on_start=(_start_sweeping,),
    on_stop=(_stop_sweeping, _close_storage),
    body_limits=_body_limits,
)
