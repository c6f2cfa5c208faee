"""The composition root of the calendar service: settings in, wired use-case dependencies out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from servicekit.db import session_factory
from servicekit.service import Sessions
from sqlalchemy.ext.asyncio import AsyncEngine

from calendar_service.hold_sweeper import HoldSweeper
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork
from calendar_service.settings import CalendarSettings


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class CalendarServices:
    """Everything the edges (GraphQL, routes, consumers, the sweeper) reach the service through."""

    settings: CalendarSettings
    engine: AsyncEngine
    sessions: Sessions
    deps: UseCaseDependencies
    sweeper: HoldSweeper


def build_services(
    settings: CalendarSettings,
    engine: AsyncEngine,
    sessions: Sessions | None,
    *,
    clock: Callable[[], datetime] = utc_now,
) -> CalendarServices:
    """Wire the use cases; tests pass sessions that are rolled back after each test (and a clock)."""
    sessions = sessions or session_factory(engine)
    chosen = sessions
    deps = UseCaseDependencies(
        unit_of_work=lambda: CalendarUnitOfWork(chosen, producer=settings.service_name),
        clock=clock,
        default_hold=timedelta(hours=settings.default_hold_hours),
    )
    sweeper = HoldSweeper(deps, every_seconds=settings.hold_sweep_seconds)
    return CalendarServices(settings, engine, sessions, deps, sweeper)
