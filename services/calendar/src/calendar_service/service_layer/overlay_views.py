"""The month and day views: the panchangam of the organizer's place, their bookings and stock use per
day, and the peak days (docs/decisions/0021 for the feed; domain/peak.py for the peak rule)."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from servicekit.auth import Caller

from calendar_service.domain.booking import Booking
from calendar_service.domain.days import days_touched
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.peak import ItemDay, peak_items, peak_warnings
from calendar_service.panchangam_overlay import MONTHS, OverlayDay
from calendar_service.panchangam_places import LOCAL, CalendarPlace
from calendar_service.service_layer.authorization import Operation, calendar_owner
from calendar_service.service_layer.overlay_dependencies import OverlayDependencies
from calendar_service.service_layer.overlay_reads import BookingWindow

# A month of a busy organizer: more than this many bookings is not a calendar any more.
MAX_BOOKINGS_PER_VIEW = 5000
FIRST_YEAR, LAST_YEAR = 1901, 2049  # the engine's ephemeris


@dataclass(frozen=True)
class DayOverview:
    overlay: OverlayDay
    bookings: list[Booking]
    stock_use: list[ItemDay]
    peak_items: list[ItemDay]

    @property
    def date(self) -> date:
        return self.overlay.panchangam.date


@dataclass(frozen=True)
class MonthOverview:
    year: int
    month: int
    place: CalendarPlace
    days: list[DayOverview]
    peak_warnings: list[ItemDay]


async def month_view(
    caller: Caller,
    year: int,
    month: int,
    organizer_id: str | None,
    deps: OverlayDependencies,
    *,
    with_bookings: bool = True,
) -> MonthOverview:
    """The month at the organizer's place; `with_bookings=False` leaves the days' bookings out (a
    caller asking only for panchangam or stock use does not pay for a busy month's bookings)."""
    owner = calendar_owner(caller, Operation.READ_CALENDAR, organizer_id)
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise CalendarError(CalendarErrorCode.DATE_OUT_OF_RANGE, "No such month in the calendar.", "month")
    first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    place, days = await _overview(owner, first, last, deps, with_bookings)
    today = deps.clock().astimezone(LOCAL).date()
    warnings = peak_warnings({d.date: d.peak_items for d in days}, today)
    return MonthOverview(year, month, place, days, warnings)


async def day_view(
    caller: Caller, on: date, organizer_id: str | None, deps: OverlayDependencies
) -> DayOverview:
    owner = calendar_owner(caller, Operation.READ_CALENDAR, organizer_id)
    if not FIRST_YEAR <= on.year <= LAST_YEAR:
        raise CalendarError(CalendarErrorCode.DATE_OUT_OF_RANGE, "No such day in the calendar.", "date")
    _, days = await _overview(owner, on, on, deps, True)
    return days[0]


async def _overview(
    owner: str, first: date, last: date, deps: OverlayDependencies, with_bookings: bool
) -> tuple[CalendarPlace, list[DayOverview]]:
    async with deps.sessions() as session:
        reads = deps.reads(session, deps.clock())
        place = await reads.place_of(owner)
        window = BookingWindow(organizer_id=owner, first_day=first, last_day=last)
        bookings = await reads.bookings(window, limit=MAX_BOOKINGS_PER_VIEW) if with_bookings else []
        uses = await reads.item_days(owner, first, last)
    overlays = await MONTHS.days(place.place, first, last)
    by_day = _bookings_by_day(bookings)
    uses_by_day: dict[date, list[ItemDay]] = defaultdict(list)
    for use in uses:
        uses_by_day[use.day].append(use)
    days = [
        DayOverview(
            overlay,
            by_day.get(overlay.panchangam.date, []),
            uses_by_day.get(overlay.panchangam.date, []),
            peak_items(overlay.muhurthams, uses_by_day.get(overlay.panchangam.date, [])),
        )
        for overlay in overlays
    ]
    return place, days


def _bookings_by_day(bookings: list[Booking]) -> dict[date, list[Booking]]:
    """Each booking on every local day its event runs (set-up and tear-down days show in stock use)."""
    found: dict[date, list[Booking]] = defaultdict(list)
    for booking in bookings:
        for day in days_touched(booking.schedule.starts_at, booking.schedule.ends_at):
            found[day].append(booking)
    return found
