"""Queries about stock, capacity and availability."""

from __future__ import annotations

from datetime import date

import strawberry

from calendar_service.api.graphql import described
from calendar_service.api.graphql.context import CalendarInfo, caller_of, services_of
from calendar_service.api.graphql.errors import as_graphql_error
from calendar_service.api.graphql.stock_mapping import availability_type, capacity_type, stock_item_type
from calendar_service.api.graphql.stock_types import (
    AvailabilityType,
    CapacityPerDayType,
    StockItemConnection,
    StockItemType,
)
from calendar_service.service_layer.availability import availability
from calendar_service.service_layer.capacity import daily_capacity
from calendar_service.service_layer.stock import get_stock_item, list_stock_items


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
        owner = str(organizer_id) if organizer_id is not None else None
        deps = services_of(info).deps
        page = await as_graphql_error(list_stock_items(caller_of(info), owner, first, after, deps))
        known = {**page.parts, **{i.id: i for i in page.items}}
        return StockItemConnection(
            items=[stock_item_type(i, known) for i in page.items],
            total=page.total,
            next_cursor=page.next_cursor,
        )

    @strawberry.field
    async def stock_item(self, info: CalendarInfo, id: strawberry.ID) -> StockItemType:
        item, parts = await as_graphql_error(get_stock_item(caller_of(info), str(id), services_of(info).deps))
        return stock_item_type(item, parts)

    @described.field("The caller's capacity per day, if their business counts days, not items.")
    async def daily_capacity(
        self, info: CalendarInfo, organizer_id: strawberry.ID | None = None
    ) -> CapacityPerDayType | None:
        owner = str(organizer_id) if organizer_id is not None else None
        found = await as_graphql_error(daily_capacity(caller_of(info), owner, services_of(info).deps))
        return capacity_type(found) if found else None

    @described.field("Free quantity of each item (or of the capacity) per day; at most 366 days.")
    async def availability(
        self,
        info: CalendarInfo,
        first_day: date,
        last_day: date,
        item_ids: list[strawberry.ID] | None = None,
        organizer_id: strawberry.ID | None = None,
    ) -> AvailabilityType:
        owner = str(organizer_id) if organizer_id is not None else None
        ids = [str(i) for i in item_ids] if item_ids is not None else None
        found = await as_graphql_error(
            availability(caller_of(info), first_day, last_day, ids, owner, services_of(info).deps)
        )
        return availability_type(found)
