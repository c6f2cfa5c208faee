"""Stock items, capacity and availability to their graph types."""

from __future__ import annotations

import uuid

import strawberry

from calendar_service.api.graphql.scalars import Paise
from calendar_service.api.graphql.stock_types import (
    AvailabilityDayType,
    AvailabilityType,
    CapacityDayType,
    CapacityPerDayType,
    ItemAvailabilityType,
    StockItemType,
    StockPartType,
)
from calendar_service.domain.availability import Availability
from calendar_service.domain.stock import DailyCapacity, StockItem


def stock_item_type(item: StockItem, known: dict[uuid.UUID, StockItem] | None = None) -> StockItemType:
    """`known`: items by id, where the composite's parts' names are found."""
    names = known or {}
    return StockItemType(
        id=strawberry.ID(str(item.id)),
        name=item.name,
        unit=item.unit,
        quantity=item.quantity,
        out_of_service=item.out_of_service,
        usable=item.usable,
        daily_rent_paise=Paise(item.daily_rent_paise) if item.daily_rent_paise is not None else None,
        is_composite=item.is_composite,
        parts=[
            StockPartType(
                item_id=strawberry.ID(str(p.item_id)),
                name=names[p.item_id].name if p.item_id in names else "",
                unit=names[p.item_id].unit if p.item_id in names else "",
                quantity=p.quantity,
            )
            for p in item.parts
        ],
        notes=item.notes,
        created_at=item.created_at,
        updated_at=item.updated_at,
    )


def capacity_type(capacity: DailyCapacity) -> CapacityPerDayType:
    return CapacityPerDayType(unit=capacity.unit, per_day=capacity.per_day)


def availability_type(found: Availability) -> AvailabilityType:
    known = {a.item.id: a.item for a in found.items}
    return AvailabilityType(
        first_day=found.first_day,
        last_day=found.last_day,
        items=[
            ItemAvailabilityType(
                item=stock_item_type(a.item, known),
                days=[
                    AvailabilityDayType(
                        date=d.day,
                        usable=d.usable,
                        confirmed=d.confirmed,
                        held=d.held,
                        free=d.free,
                        short=d.short,
                    )
                    for d in a.days
                ],
                short_days=a.short_days,
            )
            for a in found.items
        ],
        capacity=[
            CapacityDayType(
                date=d.day,
                unit=d.capacity.unit,
                per_day=d.capacity.per_day,
                confirmed=d.confirmed,
                held=d.held,
                free=d.free,
                short=d.short,
            )
            for d in found.capacity
        ],
    )
