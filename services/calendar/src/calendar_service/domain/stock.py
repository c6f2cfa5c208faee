"""Rentable stock: plain items with a quantity, composite items made of parts, capacity per day."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from calendar_service.domain.vocabulary import BookingStatus, CapacityUnit


@dataclass(frozen=True)
class Part:
    item_id: uuid.UUID
    quantity: int


@dataclass(frozen=True)
class StockItem:
    id: uuid.UUID
    organizer_id: uuid.UUID
    name: str
    unit: str
    quantity: int
    out_of_service: int
    daily_rent_paise: int | None
    notes: str | None
    parts: tuple[Part, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def is_composite(self) -> bool:
        return bool(self.parts)

    @property
    def usable(self) -> int:
        """What bookings may use: damaged and lost units are out until repaired or written off."""
        return self.quantity - self.out_of_service


@dataclass(frozen=True)
class DailyCapacity:
    organizer_id: uuid.UUID
    unit: CapacityUnit
    per_day: int


@dataclass(frozen=True)
class BookingRef:
    id: uuid.UUID
    event_name: str
    status: BookingStatus
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class Shortage:
    """One item (None: the day's capacity) short at `at`: `wanted` against `available`."""

    item_id: uuid.UUID | None
    item_name: str
    unit: str
    at: datetime
    day: date
    wanted: int
    available: int
    held_by: tuple[BookingRef, ...]

    @property
    def short_by(self) -> int:
        return self.wanted - self.available


def explode(wanted: dict[uuid.UUID, int], items: dict[uuid.UUID, StockItem]) -> dict[uuid.UUID, int]:
    """What `wanted` (item -> quantity) reserves of plain items: a composite reserves its parts."""
    plain: dict[uuid.UUID, int] = {}
    for item_id, count in wanted.items():
        item = items[item_id]
        for part_id, per in (
            ((p.item_id, p.quantity) for p in item.parts) if item.is_composite else ((item_id, 1),)
        ):
            plain[part_id] = plain.get(part_id, 0) + count * per
    return plain
