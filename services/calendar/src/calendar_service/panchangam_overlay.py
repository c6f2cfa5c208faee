"""A month of panchangam at a place, with the muhurtham kinds each day is good for.

The engine takes about 150-250 ms for a month (skyfield over every day, then the muhurtham rules), and
the answer depends on nothing but the place and the month, so each (place, month) is computed once
per process, off the event loop, and kept (the most recently used `MONTHS_KEPT`).
"""

from __future__ import annotations

import calendar
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

import panchangam
from panchangam import DayPanchangam, Place
from panchangam.ekargala import SunTrack
from panchangam.muhurtham import BirthStars, MuhurthamDay, judge_day
from panchangam.muhurtham_rules import event_kinds
from servicekit.bounded_threads import BoundedThreads

MONTHS_KEPT = 512
# Two cores: two months computed at once at most; beyond a short queue, TOO_BUSY.
ENGINE_THREADS = BoundedThreads(workers=2, queue_limit=64, name="panchangam", niceness=5)


@dataclass(frozen=True)
class OverlayDay:
    """One day's panchangam and the kinds of event (`marriage`, `gruhapravesam`...) it is good for."""

    panchangam: DayPanchangam
    muhurthams: tuple[str, ...]

    def is_muhurtham(self, kind: str) -> bool:
        return kind in self.muhurthams


MonthKey = tuple[Place, int, int]


class MonthCache:
    """Months computed once and kept; a miss computes on the engine's threads."""

    def __init__(self, capacity: int = MONTHS_KEPT) -> None:
        self._capacity = capacity
        self._months: OrderedDict[MonthKey, tuple[OverlayDay, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self.computed = 0

    async def month(self, place: Place, year: int, month: int) -> tuple[OverlayDay, ...]:
        key = (place, year, month)
        with self._lock:
            if key in self._months:
                self._months.move_to_end(key)
                return self._months[key]
        days = await ENGINE_THREADS.run(compute_month, place, year, month)
        with self._lock:
            self.computed += 1
            self._months[key] = days
            while len(self._months) > self._capacity:
                self._months.popitem(last=False)
        return days

    async def days(self, place: Place, first: date, last: date) -> list[OverlayDay]:
        """Every day from `first` to `last`, month by month from the cache."""
        found: list[OverlayDay] = []
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            found += [d for d in await self.month(place, year, month) if first <= d.panchangam.date <= last]
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found


def compute_month(place: Place, year: int, month: int) -> tuple[OverlayDay, ...]:
    """The engine's days of a month, each judged by every kind's muhurtham rules (no birth stars)."""
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    days = panchangam.days(first, last, place)
    sun = SunTrack.of(days)
    kinds = event_kinds().values()
    return tuple(
        OverlayDay(
            day,
            tuple(
                kind.id for kind in kinds if isinstance(judge_day(kind, day, BirthStars(), sun), MuhurthamDay)
            ),
        )
        for day in days
    )


# One per process: the months depend only on the engine and its data, which a process never changes.
MONTHS = MonthCache()
