"""The calendar service as servicekit runs it."""

from __future__ import annotations

from pathlib import Path

from servicekit.service import ServiceDefinition

from calendar_service.api.exports_routes import exports_router
from calendar_service.api.graphql.schema import calendar_schema
from calendar_service.bootstrap import build_services
from calendar_service.settings import CalendarSettings

SERVICE = ServiceDefinition(
    name="calendar",
    root=Path(__file__).resolve().parents[2],
    settings=CalendarSettings,
    schema=calendar_schema,
    wire=build_services,
    routers=(exports_router,),
)
