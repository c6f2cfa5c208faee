"""Reading and writing the dates, times and rupees people type (pure).

Event dates are local dates in India (ARCHITECTURE 7); India keeps one offset all year, so a fixed
zone needs no tz database. Money travels as integer paise; people type rupees.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation

INDIA = timezone(timedelta(hours=5, minutes=30), "IST")
RUPEES = re.compile(r"^\d+(\.\d{1,2})?$")


def parse_day(text: str) -> date | None:
    """A date typed as YYYY-MM-DD, else None."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def parse_clock(text: str) -> time | None:
    """A time typed as HH:MM (24-hour), else None."""
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})", text.strip())
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def local_moment(day_text: str, clock_text: str) -> datetime | None:
    """The instant of a local date and time in India, else None when either is unreadable."""
    day, clock = parse_day(day_text), parse_clock(clock_text)
    if day is None or clock is None:
        return None
    return datetime.combine(day, clock, INDIA)


def in_india(moment: datetime) -> datetime:
    return moment.astimezone(INDIA)


def clock_text(moment: datetime) -> str:
    """08:05, in India."""
    return in_india(moment).strftime("%H:%M")


def window_text(starts_at: datetime, ends_at: datetime) -> str:
    return f"{clock_text(starts_at)}–{clock_text(ends_at)}"


def moment_text(moment: datetime) -> str:
    """2026-12-10 18:00, in India."""
    return in_india(moment).strftime("%Y-%m-%d %H:%M")


def rupees_to_paise(text: str) -> int | None:
    """ "25,000.50" -> 2500050; "" -> 0; anything else (negative, three decimals, words) -> None."""
    cleaned = text.strip().replace(",", "").removeprefix("₹").strip()
    if not cleaned:
        return 0
    if not RUPEES.match(cleaned):
        return None
    try:
        return int(Decimal(cleaned) * 100)
    except InvalidOperation:
        return None


def paise_text(paise: int) -> str:
    """₹25,000.50 (Indian digit grouping: ₹1,25,000); a credit note's -₹11,800."""
    if paise < 0:
        return "-" + paise_text(-paise)
    rupees, rest = divmod(paise, 100)
    return f"₹{count_text(rupees)}" + (f".{rest:02d}" if rest else "")


def count_text(number: int) -> str:
    """1,234 and 1,25,000 (Indian digit grouping) for a number of things."""
    digits = str(number)
    head, tail = digits[:-3], digits[-3:]
    groups = [head[max(i - 2, 0) : i] for i in range(len(head), 0, -2)][::-1]
    return ",".join([*groups, tail]) if head else tail
