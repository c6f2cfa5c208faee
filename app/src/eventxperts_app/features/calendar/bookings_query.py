"""The bookings list's search and filters as the calendar service takes them (pure): client name or
phone, one status, one kind, a range of days; 20 bookings a page."""

from __future__ import annotations

from dataclasses import dataclass

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.calendar.models import BookingStatus, EventKind
from eventxperts_app.features.calendar.variables import INVALID_DATE_TEXT, Built
from eventxperts_app.ui.local_time import parse_day

PAGE_SIZE = 20


@dataclass(frozen=True)
class BookingsQuery:
    search: str = ""
    status: BookingStatus | None = None
    kind: EventKind | None = None
    first_day: str = ""
    last_day: str = ""


def bookings_variables(query: BookingsQuery, after: str | None) -> Built:
    """`bookings` variables for the page after `after`; an unreadable day is a typed error instead."""
    built = Built()
    given: JsonObject = {}
    if query.search.strip():
        given["search"] = query.search.strip()
    if query.status is not None:
        given["statuses"] = [query.status.value]
    if query.kind is not None:
        given["kinds"] = [query.kind.value]
    for path, text in (("firstDay", query.first_day), ("lastDay", query.last_day)):
        if not text.strip():
            continue
        if parse_day(text) is None:
            built.problem(INVALID_DATE_TEXT, path)
        else:
            given[path] = text.strip()
    built.variables = {"filter": given or None, "first": PAGE_SIZE, "after": after}
    return built
