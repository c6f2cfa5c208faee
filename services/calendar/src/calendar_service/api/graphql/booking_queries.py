"""Queries about bookings."""

from __future__ import annotations

import strawberry

from calendar_service.api.graphql import described
from calendar_service.api.graphql.booking_inputs import BookingFilter
from calendar_service.api.graphql.booking_types import BookingConnection, BookingType
from calendar_service.api.graphql.context import CalendarInfo
from calendar_service.api.graphql.errors import graphql_error
from calendar_service.domain.errors import not_implemented


@strawberry.type
class BookingQueries:
    @described.field("One booking: its organizer's or, for super admins, anyone's.")
    async def booking(self, info: CalendarInfo, id: strawberry.ID) -> BookingType:
        raise graphql_error(not_implemented("booking"))

    @described.field("The caller's bookings, newest start first, filtered; at most 100 a page.")
    async def bookings(
        self,
        info: CalendarInfo,
        filter: BookingFilter | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> BookingConnection:
        raise graphql_error(not_implemented("bookings"))
