"""The billing service as servicekit runs it."""

from __future__ import annotations

from pathlib import Path

from servicekit.service import ServiceDefinition

from billing_service.api.files_routes import files_router
from billing_service.api.graphql.schema import billing_schema
from billing_service.bootstrap import BillingServices, build_services
from billing_service.consumers.calendar_events import calendar_handlers
from billing_service.consumers.dispatch_events import dispatch_handlers
from billing_service.consumers.marketplace_events import marketplace_handlers
from billing_service.consumers.users_events import users_handlers
from billing_service.settings import BillingSettings


async def _close_storage(services: BillingServices) -> None:
    if services.deps.storage is not None:
        await services.deps.storage.close()


SERVICE = ServiceDefinition(
    name="billing",
    root=Path(__file__).resolve().parents[2],
    settings=BillingSettings,
    schema=billing_schema,
    wire=build_services,
    consumers=lambda services: (
        users_handlers()
        .merged_with(calendar_handlers(services.deps))
        .merged_with(dispatch_handlers(services.deps))
        .merged_with(marketplace_handlers(services.deps, producer=services.settings.service_name))
    ),
    routers=(files_router,),
    on_stop=(_close_storage,),
)
