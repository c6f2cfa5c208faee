"""Queries of the panchangam overlay: month and day views, muhurtham search, the feed, sharing.

Owned by the overlay work (issue 10's panchangam part).
"""

from __future__ import annotations

from datetime import date

import strawberry

from calendar_service.api.graphql import described
from calendar_service.api.graphql.context import CalendarInfo
from calendar_service.api.graphql.enums import LanguageType
from calendar_service.api.graphql.errors import graphql_error
from calendar_service.api.graphql.overlay_types import (
    DayViewType,
    IcsFeedType,
    MonthViewType,
    MuhurthamSearchInput,
    MuhurthamSearchResultType,
    WhatsAppShareType,
)
from calendar_service.domain.errors import not_implemented


@strawberry.type
class OverlayQueries:
    @described.field("A month of bookings, stock use and panchangam at the organizer's place.")
    async def month_view(
        self, info: CalendarInfo, year: int, month: int, organizer_id: strawberry.ID | None = None
    ) -> MonthViewType:
        raise graphql_error(not_implemented("monthView"))

    @strawberry.field
    async def day_view(
        self, info: CalendarInfo, date: date, organizer_id: strawberry.ID | None = None
    ) -> DayViewType:
        raise graphql_error(not_implemented("dayView"))

    @described.field("Good days and windows for an event; open to every signed-in user.")
    async def muhurtham_search(
        self, info: CalendarInfo, input: MuhurthamSearchInput
    ) -> MuhurthamSearchResultType:
        raise graphql_error(not_implemented("muhurthamSearch"))

    @described.field("The caller's live calendar feed, if any.")
    async def ics_feed(self, info: CalendarInfo) -> IcsFeedType | None:
        raise graphql_error(not_implemented("icsFeed"))

    @described.field("A WhatsApp link sharing the booking's summary with its client.")
    async def whatsapp_share(
        self, info: CalendarInfo, booking_id: strawberry.ID, language: LanguageType = LanguageType.EN
    ) -> WhatsAppShareType:
        raise graphql_error(not_implemented("whatsappShare"))
