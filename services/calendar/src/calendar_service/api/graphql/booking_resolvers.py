"""The Booking type's own resolvers (activity, reschedules, shortages, dispatch and return) and its
federation reference: each reads through a use case that checks access like `booking(id)`.
Imported by booking_types inside the resolvers, since the mapping modules import the types.
Relations read through the request's dataloaders: a list of bookings costs one read per relation
(the dispatch sheet and the return check are one relation)."""

from __future__ import annotations

import strawberry
from servicekit.errors import DomainError

from calendar_service.api.graphql.booking_mapping import booking_type, schedule_type, shortage_type
from calendar_service.api.graphql.booking_types import (
    ActivityConnection,
    ActivityEntryType,
    BookingType,
    FieldChangeType,
    ScheduleChangeType,
    StockShortageType,
)
from calendar_service.api.graphql.context import CalendarInfo, caller_of, loader, services_of
from calendar_service.api.graphql.dispatch_mapping import dispatch_sheet_type, return_check_type
from calendar_service.api.graphql.dispatch_types import DispatchSheetType, ReturnCheckType
from calendar_service.api.graphql.errors import as_graphql_error
from calendar_service.domain.booking import ScheduleChange
from calendar_service.domain.stock import Shortage
from calendar_service.service_layer import booking_reads
from calendar_service.service_layer.bookings import get_booking
from calendar_service.service_layer.dispatch_views import DispatchView, dispatch_views


async def referenced_booking(info: CalendarInfo, booking_id: str) -> BookingType:
    deps = services_of(info).deps
    found = await as_graphql_error(get_booking(caller_of(info), booking_id, deps))
    return booking_type(found, deps.clock())


async def shortages_of(info: CalendarInfo, booking_id: str) -> list[StockShortageType]:
    caller, deps = caller_of(info), services_of(info).deps

    async def load(ids: list[str]) -> list[list[Shortage] | DomainError]:
        return await booking_reads.bookings_shortages(caller, ids, deps)

    found = await as_graphql_error(loader(info, "shortages", load).load(booking_id))
    return [shortage_type(s) for s in found]


async def schedule_history_of(info: CalendarInfo, booking_id: str) -> list[ScheduleChangeType]:
    caller, deps = caller_of(info), services_of(info).deps

    async def load(ids: list[str]) -> list[list[ScheduleChange] | DomainError]:
        return await booking_reads.schedule_histories(caller, ids, deps)

    found = await as_graphql_error(loader(info, "schedule_history", load).load(booking_id))
    return [
        ScheduleChangeType(
            changed_at=c.changed_at,
            changed_by=strawberry.ID(c.changed_by) if c.changed_by else None,
            before=schedule_type(c.before),
            after=schedule_type(c.after),
            reason=c.reason,
        )
        for c in found
    ]


async def activity_of(
    info: CalendarInfo, booking_id: str, first: int, after: str | None
) -> ActivityConnection:
    caller, deps = caller_of(info), services_of(info).deps

    async def load(ids: list[str]) -> list[booking_reads.ActivityPage | DomainError]:
        return await booking_reads.activities(caller, ids, first, after, deps)

    # One loader per page asked for: the bookings of one request usually ask the same page.
    page = await as_graphql_error(loader(info, f"activity:{first}:{after}", load).load(booking_id))
    return ActivityConnection(
        items=[
            ActivityEntryType(
                at=e.at,
                actor_id=strawberry.ID(e.actor_id) if e.actor_id else None,
                action=e.action,
                changes=[FieldChangeType(field=c.field, before=c.before, after=c.after) for c in e.changes],
                note=e.note,
            )
            for e in page.items
        ],
        total=page.total,
        next_cursor=page.next_cursor,
    )


async def _dispatch_view(info: CalendarInfo, booking_id: str) -> DispatchView:
    caller, deps = caller_of(info), services_of(info).deps

    async def load(ids: list[str]) -> list[DispatchView | DomainError]:
        return await dispatch_views(caller, ids, deps)

    # One loader for both relations: a list asking its sheets and return checks reads them once.
    return await as_graphql_error(loader(info, "dispatch", load).load(booking_id))


async def dispatch_sheet_of(info: CalendarInfo, booking_id: str) -> DispatchSheetType:
    view = await _dispatch_view(info, booking_id)
    return dispatch_sheet_type(view.booking_id, view.planned, view.dispatch, view.items)


async def return_check_of(info: CalendarInfo, booking_id: str) -> ReturnCheckType | None:
    view = await _dispatch_view(info, booking_id)
    return return_check_type(view.returned, view.items) if view.returned else None
