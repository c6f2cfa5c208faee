"""The composition root of the calendar service: settings in, wired use-case dependencies out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from servicekit.db import session_factory
from servicekit.service import Sessions
from sqlalchemy.ext.asyncio import AsyncEngine

from calendar_service.settings import CalendarSettings


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class CalendarServices:
    """Everything the edges (GraphQL, routes, consumers, the sweeper) reach the service through."""

    settings: CalendarSettings
    engine: AsyncEngine
    sessions: Sessions
    clock: Callable[[], datetime]


def build_services(
    settings: CalendarSettings,
    engine: AsyncEngine,
    sessions: Sessions | None,
    *,
    clock: Callable[[], datetime] = utc_now,
) -> CalendarServices:
    """Wire the use cases; tests pass sessions that are rolled back after each test (and a clock)."""
    return CalendarServices(settings, engine, sessions or session_factory(engine), clock)
