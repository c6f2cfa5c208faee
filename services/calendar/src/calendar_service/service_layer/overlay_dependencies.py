"""What the overlay's use cases need, gathered from the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from servicekit.service import Sessions
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters.calendar_reads import CalendarTablesReads
from calendar_service.bootstrap import CalendarServices
from calendar_service.service_layer.overlay_reads import CalendarReads


@dataclass(frozen=True)
class OverlayDependencies:
    sessions: Sessions
    clock: Callable[[], datetime]
    secret_key: str
    public_url: str
    csv_link_seconds: int
    # The reads of one session, with holds live at the given moment.
    reads: Callable[[AsyncSession, datetime], CalendarReads]


def overlay_dependencies(services: CalendarServices) -> OverlayDependencies:
    return OverlayDependencies(
        sessions=services.sessions,
        clock=services.deps.clock,
        secret_key=services.settings.secret_key,
        public_url=services.settings.public_url.rstrip("/"),
        csv_link_seconds=services.settings.csv_link_seconds,
        reads=CalendarTablesReads,
    )
