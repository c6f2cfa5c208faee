"""The discovery service as servicekit runs it."""

from __future__ import annotations

from pathlib import Path

from servicekit.service import ServiceDefinition

from discovery_service.api.graphql.schema import discovery_schema
from discovery_service.api.public_routes import public_router
from discovery_service.bootstrap import DiscoveryServices, build_services
from discovery_service.consumers.registry import discovery_consumers
from discovery_service.settings import DiscoverySettings


async def _send_queued_mail(services: DiscoveryServices) -> None:
    if services.deps.mail is not None:
        await services.deps.mail.drain()


SERVICE = ServiceDefinition(
    name="discovery",
    root=Path(__file__).resolve().parents[2],
    settings=DiscoverySettings,
    schema=discovery_schema,
    wire=build_services,
    consumers=lambda services: discovery_consumers(),
    routers=(public_router,),
    on_stop=(_send_queued_mail,),
)
