"""What resolvers read from the request context: the caller and the composition root."""

from __future__ import annotations

from typing import cast

from servicekit.auth import Caller
from servicekit.graphql import ServiceContext
from strawberry.types import Info

from calendar_service.bootstrap import CalendarServices

CalendarInfo = Info[ServiceContext, None]


def services_of(info: CalendarInfo) -> CalendarServices:
    return cast(CalendarServices, info.context.services)


def caller_of(info: CalendarInfo) -> Caller:
    caller: Caller = info.context.caller
    return caller
