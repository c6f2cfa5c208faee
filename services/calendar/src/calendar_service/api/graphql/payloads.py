"""Mutation payloads: the result, or typed errors with a stable code (never a GraphQL error)."""

from __future__ import annotations

import strawberry

from calendar_service.api.graphql.booking_types import BookingType, StockShortageType
from calendar_service.api.graphql.dispatch_types import DispatchSheetType, ReturnCheckType
from calendar_service.api.graphql.errors import CalendarErrorType
from calendar_service.api.graphql.stock_types import CapacityPerDayType, StockItemType


@strawberry.type(name="BookingPayload")
class BookingPayload:
    booking: BookingType | None = None
    shortages: list[StockShortageType] = strawberry.field(
        default_factory=list,
        description="With STOCK_SHORTAGE or CAPACITY_EXCEEDED: each item short, by how much, and "
        "who holds it.",
    )
    errors: list[CalendarErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="StockItemPayload")
class StockItemPayload:
    item: StockItemType | None = None
    errors: list[CalendarErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="CapacityPayload")
class CapacityPayload:
    capacity: CapacityPerDayType | None = None
    errors: list[CalendarErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="DispatchSheetPayload")
class DispatchSheetPayload:
    dispatch_sheet: DispatchSheetType | None = None
    errors: list[CalendarErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="ReturnCheckPayload")
class ReturnCheckPayload:
    return_check: ReturnCheckType | None = None
    errors: list[CalendarErrorType] = strawberry.field(default_factory=list)
