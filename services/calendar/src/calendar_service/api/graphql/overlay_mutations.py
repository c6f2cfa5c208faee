"""Mutations of the overlay: the ICS feed's secret URL and the CSV export.

Owned by the overlay work (issue 10's panchangam part).
"""

from __future__ import annotations

import strawberry
from servicekit.errors import DomainError

from calendar_service.api.graphql import described
from calendar_service.api.graphql.booking_inputs import BookingFilter
from calendar_service.api.graphql.context import CalendarInfo, caller_of, services_of
from calendar_service.api.graphql.errors import errors_of
from calendar_service.api.graphql.overlay_types import CsvExportPayload, IcsFeedPayload, IcsFeedType
from calendar_service.service_layer import exports
from calendar_service.service_layer.overlay_dependencies import overlay_dependencies


def _feed_payload(feed: exports.FeedInfo) -> IcsFeedPayload:
    return IcsFeedPayload(feed=IcsFeedType(url=feed.url, created_at=feed.created_at))


def _csv_filter(given: BookingFilter | None) -> exports.CsvFilter:
    if given is None:
        return exports.CsvFilter()
    return exports.CsvFilter(
        organizer_id=given.organizer_id,
        first_day=given.first_day,
        last_day=given.last_day,
        statuses=tuple(s.value for s in given.statuses or ()),
        kinds=tuple(k.value for k in given.kinds or ()),
        search=given.search,
    )


@strawberry.type
class OverlayMutations:
    @described.mutation("A new secret feed URL; the previous one stops working.")
    async def create_ics_feed(self, info: CalendarInfo) -> IcsFeedPayload:
        try:
            return _feed_payload(
                await exports.create_ics_feed(caller_of(info), overlay_dependencies(services_of(info)))
            )
        except DomainError as error:
            return IcsFeedPayload(errors=errors_of(error))

    @described.mutation("The feed URL stops working.")
    async def revoke_ics_feed(self, info: CalendarInfo) -> IcsFeedPayload:
        try:
            return _feed_payload(
                await exports.revoke_ics_feed(caller_of(info), overlay_dependencies(services_of(info)))
            )
        except DomainError as error:
            return IcsFeedPayload(errors=errors_of(error))

    @described.mutation("The filtered bookings as CSV, at a short-lived signed URL.")
    async def export_bookings_csv(
        self, info: CalendarInfo, filter: BookingFilter | None = None
    ) -> CsvExportPayload:
        deps = overlay_dependencies(services_of(info))
        try:
            link = await exports.csv_export_link(caller_of(info), _csv_filter(filter), deps)
        except DomainError as error:
            return CsvExportPayload(errors=errors_of(error))
        return CsvExportPayload(url=link.url, expires_at=link.expires_at)
