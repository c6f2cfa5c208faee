"""Peak use over time: the most units that overlapping reservations hold at any one moment."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from typing import Generic, TypeVar

from calendar_service.domain.days import days_between, days_touched

T = TypeVar("T")


@dataclass(frozen=True)
class Use(Generic[T]):
    """`quantity` units held over [starts_at, ends_at) by `holder`."""

    starts_at: datetime
    ends_at: datetime
    quantity: int
    holder: T


@dataclass(frozen=True)
class Peak(Generic[T]):
    load: int
    at: datetime | None
    holders: tuple[T, ...]


def peak(uses: Iterable[Use[T]], starts_at: datetime, ends_at: datetime) -> Peak[T]:
    """The highest total of the uses inside [starts_at, ends_at), the first moment it is reached and
    who holds units then. Half-open windows: a booking ending at 10:00 frees its stock for one
    starting at 10:00."""
    clipped = [u for u in uses if u.starts_at < ends_at and u.ends_at > starts_at]
    moments = sorted({max(u.starts_at, starts_at) for u in clipped} | {starts_at})
    best: Peak[T] = Peak(0, None, ())
    for moment in moments:
        active = [u for u in clipped if u.starts_at <= moment < u.ends_at]
        load = sum(u.quantity for u in active)
        if load > best.load:
            best = Peak(load, moment, tuple(u.holder for u in active))
    return best


def daily_peaks(uses: Iterable[Use[T]], first: date, last: date) -> dict[date, int]:
    """The peak load of each local day first..last (0 when nothing is held): one sweep over the
    moments the load changes, each constant stretch raising the peak of the days it touches."""
    changes: dict[datetime, int] = defaultdict(int)
    for use in uses:
        changes[use.starts_at] += use.quantity
        changes[use.ends_at] -= use.quantity
    peaks = dict.fromkeys(days_between(first, last), 0)
    load = 0
    moments = sorted(changes)
    for moment, following in pairwise(moments):
        load += changes[moment]
        if load <= 0:
            continue
        for day in days_touched(moment, following):
            if day in peaks and load > peaks[day]:
                peaks[day] = load
    return peaks
