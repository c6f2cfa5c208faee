"""The calendar service as servicekit runs it."""

from __future__ import annotations

from pathlib import Path

from servicekit.consumers.registry import HandlerRegistry
from servicekit.service import ServiceDefinition

from calendar_service.api.exports_routes import exports_router
from calendar_service.api.graphql.schema import calendar_schema
from calendar_service.bootstrap import CalendarServices, build_services
from calendar_service.consumers.enquiries import enquiry_consumers
from calendar_service.consumers.erasure import calendar_consumers
from calendar_service.settings import CalendarSettings


async def _start_sweeping(services: CalendarServices) -> None:
    await services.sweeper.start()


async def _stop_sweeping(services: CalendarServices) -> None:
    await services.sweeper.stop()


def _consumers(services: CalendarServices) -> HandlerRegistry:
    return calendar_consumers().merged_with(enquiry_consumers(services.deps))


SERVICE = ServiceDefinition(
    name="calendar",
    root=Path(__file__).resolve().parents[2],
    settings=CalendarSettings,
    schema=calendar_schema,
    wire=build_services,
    consumers=_consumers,
    routers=(exports_router,),
    on_start=(_start_sweeping,),
    on_stop=(_stop_sweeping,),
)
