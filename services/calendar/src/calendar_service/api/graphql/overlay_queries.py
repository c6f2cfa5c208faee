"""Queries of the panchangam overlay: month and day views, muhurtham search, the feed, sharing.

Owned by the overlay work (issue 10's panchangam part).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import strawberry
from strawberry.types.nodes import Selection

from calendar_service.api.graphql import described
from calendar_service.api.graphql.context import CalendarInfo, caller_of, services_of
from calendar_service.api.graphql.enums import LanguageType
from calendar_service.api.graphql.errors import as_graphql_error
from calendar_service.api.graphql.overlay_mapping import day_view_type, month_view_type, search_result_type
from calendar_service.api.graphql.overlay_types import (
    DayViewType,
    IcsFeedType,
    MonthViewType,
    MuhurthamSearchInput,
    MuhurthamSearchResultType,
    WhatsAppShareType,
)
from calendar_service.panchangam_search import MuhurthamFound, SearchMuhurtham, search_muhurtham
from calendar_service.service_layer import exports, overlay_views
from calendar_service.service_layer.overlay_dependencies import OverlayDependencies, overlay_dependencies


def _deps(info: CalendarInfo) -> OverlayDependencies:
    return overlay_dependencies(services_of(info))


def _asks_for_bookings(selections: Sequence[Selection]) -> bool:
    """Whether a `bookings` field is selected anywhere below (through fragments too)."""
    return any(getattr(s, "name", None) == "bookings" or _asks_for_bookings(s.selections) for s in selections)


@strawberry.type
class OverlayQueries:
    @described.field("A month of bookings, stock use and panchangam at the organizer's place.")
    async def month_view(
        self, info: CalendarInfo, year: int, month: int, organizer_id: strawberry.ID | None = None
    ) -> MonthViewType:
        deps = _deps(info)
        asks = _asks_for_bookings(info.selected_fields)
        view = overlay_views.month_view(caller_of(info), year, month, organizer_id, deps, with_bookings=asks)
        return month_view_type(await as_graphql_error(view), deps.clock())

    @strawberry.field
    async def day_view(
        self, info: CalendarInfo, date: date, organizer_id: strawberry.ID | None = None
    ) -> DayViewType:
        deps = _deps(info)
        view = overlay_views.day_view(caller_of(info), date, organizer_id, deps)
        return day_view_type(await as_graphql_error(view), deps.clock())

    @described.field("Good days and windows for an event; open to every signed-in user.")
    async def muhurtham_search(
        self, info: CalendarInfo, input: MuhurthamSearchInput
    ) -> MuhurthamSearchResultType:
        command = SearchMuhurtham(
            caller=caller_of(info),
            kind=input.kind.value,
            first_day=input.first_day,
            last_day=input.last_day,
            birth_nakshatras=tuple(input.birth_nakshatras),
            place=input.place,
        )
        return search_result_type(await as_graphql_error(_claimed_search(info, command)))

    @described.field("The caller's live calendar feed, if any.")
    async def ics_feed(self, info: CalendarInfo) -> IcsFeedType | None:
        feed = await as_graphql_error(exports.ics_feed(caller_of(info), _deps(info)))
        return IcsFeedType(url=feed.url, created_at=feed.created_at) if feed else None

    @described.field("A WhatsApp link sharing the booking's summary with its client.")
    async def whatsapp_share(
        self, info: CalendarInfo, booking_id: strawberry.ID, language: LanguageType = LanguageType.EN
    ) -> WhatsAppShareType:
        share = exports.whatsapp_share(caller_of(info), booking_id, language.value, _deps(info))
        found = await as_graphql_error(share)
        return WhatsAppShareType(url=found.url, text=found.text, language=LanguageType(found.language))


async def _claimed_search(info: CalendarInfo, command: SearchMuhurtham) -> MuhurthamFound:
    """The search as the request's one expensive operation (servicekit.graphql.expensive): twenty
    aliased searches in one document are one search and nineteen refusals."""
    info.context.claim_expensive("muhurthamSearch")
    return await search_muhurtham(command)
