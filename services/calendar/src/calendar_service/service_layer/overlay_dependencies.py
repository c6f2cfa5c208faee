"""What the overlay's use cases need, gathered from the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from servicekit.auth import Caller, Role
from servicekit.service import Sessions
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters.pending_calendar_reads import PendingCalendarReads
from calendar_service.bootstrap import CalendarServices
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.service_layer.overlay_reads import CalendarReads


@dataclass(frozen=True)
class OverlayDependencies:
    sessions: Sessions
    clock: Callable[[], datetime]
    secret_key: str
    public_url: str
    csv_link_seconds: int
    reads: Callable[[AsyncSession], CalendarReads]


def overlay_dependencies(services: CalendarServices) -> OverlayDependencies:
    return OverlayDependencies(
        sessions=services.sessions,
        clock=services.deps.clock,
        secret_key=services.settings.secret_key,
        public_url=services.settings.public_url.rstrip("/"),
        csv_link_seconds=services.settings.csv_link_seconds,
        reads=lambda session: PendingCalendarReads(),
    )


def calendar_owner(caller: Caller, organizer_id: str | None) -> str:
    """Whose calendar the caller may read: their own as an organizer, anyone's as a super admin."""
    if not caller.is_authenticated or caller.user_id is None:
        raise CalendarError(CalendarErrorCode.NOT_AUTHENTICATED, "Sign in to see a calendar.")
    if caller.has(Role.SUPER_ADMIN):
        return organizer_id or caller.user_id
    if not caller.has(Role.ORGANIZER) or (organizer_id is not None and not caller.is_self(organizer_id)):
        raise CalendarError(CalendarErrorCode.FORBIDDEN, "Only the organizer sees their calendar.")
    return caller.user_id
