"""Mutations of the overlay: the ICS feed's secret URL and the CSV export.

Owned by the overlay work (issue 10's panchangam part).
"""

from __future__ import annotations

import strawberry

from calendar_service.api.graphql import described
from calendar_service.api.graphql.booking_inputs import BookingFilter
from calendar_service.api.graphql.context import CalendarInfo
from calendar_service.api.graphql.errors import errors_of
from calendar_service.api.graphql.overlay_types import CsvExportPayload, IcsFeedPayload
from calendar_service.domain.errors import not_implemented


@strawberry.type
class OverlayMutations:
    @described.mutation("A new secret feed URL; the previous one stops working.")
    async def create_ics_feed(self, info: CalendarInfo) -> IcsFeedPayload:
        return IcsFeedPayload(errors=errors_of(not_implemented("createIcsFeed")))

    @described.mutation("The feed URL stops working.")
    async def revoke_ics_feed(self, info: CalendarInfo) -> IcsFeedPayload:
        return IcsFeedPayload(errors=errors_of(not_implemented("revokeIcsFeed")))

    @described.mutation("The filtered bookings as CSV, at a short-lived signed URL.")
    async def export_bookings_csv(
        self, info: CalendarInfo, filter: BookingFilter | None = None
    ) -> CsvExportPayload:
        return CsvExportPayload(errors=errors_of(not_implemented("exportBookingsCsv")))
