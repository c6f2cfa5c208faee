"""Finding bookings: by status, kind, date range, client name or phone; paginated (at most 100)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from india import IndiaError, normalise_phone
from servicekit.auth import Caller

from calendar_service.adapters.bookings_repository import BookingSearch
from calendar_service.domain.booking import Booking
from calendar_service.domain.days import day_start
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.vocabulary import BookingStatus, EventKind
from calendar_service.service_layer.authorization import Operation, authorize
from calendar_service.service_layer.dependencies import UseCaseDependencies

PAGE_CAP = 100
Code = CalendarErrorCode


@dataclass(frozen=True)
class ListBookings:
    caller: Caller
    organizer_id: str | None = None
    statuses: frozenset[BookingStatus] = field(default_factory=frozenset)
    kinds: frozenset[EventKind] = field(default_factory=frozenset)
    first_day: date | None = None
    last_day: date | None = None
    search: str | None = None
    first: int = 20
    after: str | None = None


@dataclass(frozen=True)
class BookingPage:
    items: list[Booking]
    total: int
    next_cursor: str | None


async def list_bookings(command: ListBookings, deps: UseCaseDependencies) -> BookingPage:
    owner = command.organizer_id or command.caller.user_id or ""
    authorize(command.caller, Operation.LIST_BOOKINGS, owner_id=owner)
    if not 1 <= command.first <= PAGE_CAP:
        raise CalendarError(
            CalendarErrorCode.INVALID_PAGE_SIZE, f"Ask for 1 to {PAGE_CAP} bookings.", "first"
        )
    offset = page_offset(command.after)
    if command.first_day and command.last_day and command.last_day < command.first_day:
        raise CalendarError(
            CalendarErrorCode.INVALID_DATE_RANGE, "The range ends before it starts.", "lastDay"
        )
    search = BookingSearch(
        organizer_id=uuid.UUID(owner),
        statuses=command.statuses,
        kinds=command.kinds,
        starts_from=day_start(command.first_day) if command.first_day else None,
        ends_by=day_start(command.last_day.fromordinal(command.last_day.toordinal() + 1))
        if command.last_day
        else None,
        **_who(command.search),
    )
    async with deps.unit_of_work() as uow:
        items, total = await uow.bookings.search(search, offset=offset, limit=command.first)
    following = offset + len(items)
    return BookingPage(items, total, str(following) if following < total else None)


def _who(text: str | None) -> dict[str, str | None]:
    if text is None or not text.strip():
        return {}
    try:
        return {"phone": normalise_phone(text), "name": text.strip()}
    except IndiaError:
        return {"name": text.strip()}


def page_offset(cursor: str | None) -> int:
    """The offset an earlier page's `next_cursor` stands for (INVALID_CURSOR if it is none)."""
    if cursor is None:
        return 0
    if not cursor.isdigit() or len(cursor) > 9:
        raise CalendarError(Code.INVALID_CURSOR, "Not a cursor from an earlier page.", "after")
    return int(cursor)
