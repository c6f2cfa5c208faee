"""Queries about stock, capacity and availability."""

from __future__ import annotations

from datetime import date

import strawberry

from calendar_service.api.graphql import described
from calendar_service.api.graphql.context import CalendarInfo
from calendar_service.api.graphql.errors import graphql_error
from calendar_service.api.graphql.stock_types import (
    AvailabilityType,
    CapacityPerDayType,
    StockItemConnection,
    StockItemType,
)
from calendar_service.domain.errors import not_implemented


@strawberry.type
class StockQueries:
    @described.field("The caller's stock items by name; at most 100 a page.")
    async def stock_items(
        self,
        info: CalendarInfo,
        first: int = 50,
        after: str | None = None,
        organizer_id: strawberry.ID | None = None,
    ) -> StockItemConnection:
        raise graphql_error(not_implemented("stockItems"))

    @strawberry.field
    async def stock_item(self, info: CalendarInfo, id: strawberry.ID) -> StockItemType:
        raise graphql_error(not_implemented("stockItem"))

    @described.field("The caller's capacity per day, if their business counts days, not items.")
    async def daily_capacity(
        self, info: CalendarInfo, organizer_id: strawberry.ID | None = None
    ) -> CapacityPerDayType | None:
        raise graphql_error(not_implemented("dailyCapacity"))

    @described.field("Free quantity of each item (or of the capacity) per day; at most 366 days.")
    async def availability(
        self,
        info: CalendarInfo,
        first_day: date,
        last_day: date,
        item_ids: list[strawberry.ID] | None = None,
        organizer_id: strawberry.ID | None = None,
    ) -> AvailabilityType:
        raise graphql_error(not_implemented("availability"))
