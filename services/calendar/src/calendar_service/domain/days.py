"""Local days: event dates are Asia/Kolkata dates (ARCHITECTURE.md section 7)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Asia/Kolkata")


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(), LOCAL)


def local_day(moment: datetime) -> date:
    return moment.astimezone(LOCAL).date()


def days_between(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def days_touched(starts_at: datetime, ends_at: datetime) -> list[date]:
    """The local days a half-open window [starts_at, ends_at) touches."""
    return list(days_between(local_day(starts_at), local_day(ends_at - timedelta(microseconds=1))))
