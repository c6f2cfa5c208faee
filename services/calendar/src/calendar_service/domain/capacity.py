"""Capacity per day, for businesses without item stock (a caterer, a pandit, a photographer): how many
events, or guests, they take on one local day. A booking counts on every day its event runs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from calendar_service.domain.days import days_touched
from calendar_service.domain.stock import BookingRef, DailyCapacity
from calendar_service.domain.vocabulary import CapacityUnit

MAX_PER_DAY = 100_000
UNIT_NAMES = {CapacityUnit.EVENTS: "events per day", CapacityUnit.GUESTS: "guests per day"}


@dataclass(frozen=True)
class DayUse:
    """What one booking takes of a day's capacity: its event days and its guests."""

    starts_at: datetime
    ends_at: datetime
    guests: int
    holder: BookingRef


def counted(capacity: DailyCapacity, guests: int | None) -> int:
    """What one booking counts against the capacity on each of its days."""
    return 1 if capacity.unit is CapacityUnit.EVENTS else guests or 0


def per_day(capacity: DailyCapacity, uses: Iterable[DayUse]) -> dict[date, tuple[int, list[BookingRef]]]:
    """Per local day: the total counted and the bookings counted."""
    found: dict[date, tuple[int, list[BookingRef]]] = {}
    for use in uses:
        for day in days_touched(use.starts_at, use.ends_at):
            total, holders = found.get(day, (0, []))
            found[day] = (total + counted(capacity, use.guests), [*holders, use.holder])
    return found


@dataclass(frozen=True)
class CapacityDay:
    day: date
    capacity: DailyCapacity
    confirmed: int
    held: int

    @property
    def free(self) -> int:
        return max(self.capacity.per_day - self.confirmed, 0)

    @property
    def short(self) -> bool:
        return self.confirmed + self.held > self.capacity.per_day
