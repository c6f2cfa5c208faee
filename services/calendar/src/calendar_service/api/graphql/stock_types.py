"""What the graph shows of stock: items (plain or composite), capacity per day, availability by day."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from calendar_service.api.graphql.enums import CapacityUnit
from calendar_service.api.graphql.scalars import Paise


@strawberry.type(name="StockItemRef", description="A stock item as a line item or a shortage names it.")
class StockItemRefType:
    id: strawberry.ID
    name: str
    unit: str


@strawberry.type(name="StockPart", description="One part a composite item reserves per unit of itself.")
class StockPartType:
    item_id: strawberry.ID
    name: str
    unit: str
    quantity: int


@strawberry.type(
    name="StockItem",
    description="A rentable item. A composite item (a shamiana = 8 poles + 1 cover) has parts and no stock "
    "of its own: reserving one reserves its parts.",
)
class StockItemType:
    id: strawberry.ID
    name: str
    unit: str
    quantity: int = strawberry.field(description="Owned (0 for a composite).")
    out_of_service: int = strawberry.field(description="Damaged or lost, awaiting repair or write-off.")
    usable: int = strawberry.field(description="quantity - outOfService: what bookings may use.")
    daily_rent_paise: Paise | None
    is_composite: bool
    parts: list[StockPartType]
    notes: str | None
    created_at: datetime
    updated_at: datetime


@strawberry.type(name="StockItemConnection")
class StockItemConnection:
    items: list[StockItemType]
    total: int
    next_cursor: str | None


@strawberry.type(
    name="CapacityPerDay",
    description="For businesses without item stock: how many events or guests a day they take.",
)
class CapacityPerDayType:
    unit: CapacityUnit
    per_day: int


@strawberry.type(
    name="AvailabilityDay",
    description="One item on one local day: its peak use by confirmed bookings and by live holds.",
)
class AvailabilityDayType:
    date: date
    usable: int
    confirmed: int = strawberry.field(description="Most units confirmed bookings use at once that day.")
    held: int = strawberry.field(description="Most units live tentative holds use at once that day.")
    free: int = strawberry.field(description="usable - confirmed (never below 0).")
    short: bool = strawberry.field(description="Confirmed plus held use exceeds what is usable.")


@strawberry.type(name="ItemAvailability")
class ItemAvailabilityType:
    item: StockItemType
    days: list[AvailabilityDayType]
    short_days: list[date]


@strawberry.type(
    name="CapacityDay", description="The day's capacity, and what confirmed bookings and holds use."
)
class CapacityDayType:
    date: date
    unit: CapacityUnit
    per_day: int
    confirmed: int
    held: int
    free: int
    short: bool


@strawberry.type(name="Availability", description="Free quantity of each item per day over a range.")
class AvailabilityType:
    first_day: date
    last_day: date
    items: list[ItemAvailabilityType]
    capacity: list[CapacityDayType] = strawberry.field(description="Empty when no capacity per day is set.")
