"""Availability by day: what each item has free on each local day, and the days it is short. A
composite item's numbers are in units of itself, read off its scarcest part."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from calendar_service.domain.capacity import CapacityDay
from calendar_service.domain.peak import ItemDay
from calendar_service.domain.stock import StockItem


@dataclass(frozen=True)
class ItemAvailability:
    item: StockItem
    days: list[ItemDay]

    @property
    def short_days(self) -> list[date]:
        return [d.day for d in self.days if d.short]


@dataclass(frozen=True)
class Availability:
    first_day: date
    last_day: date
    items: list[ItemAvailability]
    capacity: list[CapacityDay]


def composite_day(item: StockItem, day: date, parts: dict[uuid.UUID, ItemDay]) -> ItemDay:
    """A composite on one day: as many whole sets as its scarcest part allows."""
    usable = min(parts[p.item_id].usable // p.quantity for p in item.parts)
    free = min(parts[p.item_id].free // p.quantity for p in item.parts)
    held = max(-(-parts[p.item_id].held // p.quantity) for p in item.parts)
    short = any(parts[p.item_id].short for p in item.parts)
    confirmed = usable - free
    # A part short makes the set short even when the rounded numbers would not show it.
    if short and confirmed + held <= usable:
        held = usable - confirmed + 1
    return ItemDay(str(item.id), item.name, item.unit, day, usable, confirmed, held)
