"""Queries about bookings."""

from __future__ import annotations

import strawberry

from calendar_service.api.graphql import described
from calendar_service.api.graphql.booking_inputs import BookingFilter
from calendar_service.api.graphql.booking_mapping import booking_type
from calendar_service.api.graphql.booking_types import BookingConnection, BookingType
from calendar_service.api.graphql.context import CalendarInfo, caller_of, services_of
from calendar_service.api.graphql.errors import as_graphql_error
from calendar_service.service_layer.booking_search import ListBookings, list_bookings
from calendar_service.service_layer.bookings import get_booking


@strawberry.type
class BookingQueries:
    @described.field("One booking: its organizer's or, for super admins, anyone's.")
    async def booking(self, info: CalendarInfo, id: strawberry.ID) -> BookingType:
        deps = services_of(info).deps
        found = await as_graphql_error(get_booking(caller_of(info), str(id), deps))
        return booking_type(found, deps.clock())

    @described.field("The caller's bookings, newest start first, filtered; at most 100 a page.")
    async def bookings(
        self,
        info: CalendarInfo,
        filter: BookingFilter | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> BookingConnection:
        chosen = filter or BookingFilter()
        command = ListBookings(
            caller=caller_of(info),
            organizer_id=str(chosen.organizer_id) if chosen.organizer_id is not None else None,
            statuses=frozenset(chosen.statuses or ()),
            kinds=frozenset(chosen.kinds or ()),
            first_day=chosen.first_day,
            last_day=chosen.last_day,
            search=chosen.search,
            first=first,
            after=after,
        )
        deps = services_of(info).deps
        page = await as_graphql_error(list_bookings(command, deps))
        now = deps.clock()
        return BookingConnection(
            items=[booking_type(b, now) for b in page.items], total=page.total, next_cursor=page.next_cursor
        )
