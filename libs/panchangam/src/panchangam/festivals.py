"""Festivals placed by explicit rules read from ``data/festivals.json``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from panchangam import names
from panchangam.bundled_data import load_table
from panchangam.errors import PanchangamError
from panchangam.model import AngaPeriod, DayPanchangam, Festival

Ingress = tuple[int, datetime]
Placer = Callable[["FestivalRule", list[DayPanchangam], list[Ingress]], list[tuple[date, str]]]


@dataclass(frozen=True)
class FestivalRule:
    """One festival's rule: a tithi of a masa at a moment of the day, or a solar ingress."""

    id: str
    name: names.Name
    kind: str
    masa: int = 0  # 1 = Chaitra
    tithi: int = 0  # 1..30
    at: str = "sunrise"
    sign: int = 0  # 0 = Mesha
    offset_days: int = 0


# Moments named in the rules. Madhyahna is midday; aparahna the middle of the fourth fifth of
# daylight; pradosha one night muhurta (1/15 of the night) after sunset; nishita mid-night.
MOMENTS: dict[str, Callable[[DayPanchangam], datetime]] = {
    "sunrise": lambda day: day.sunrise,
    "madhyahna": lambda day: day.sunrise + (day.sunset - day.sunrise) * 0.5,
    "aparahna": lambda day: day.sunrise + (day.sunset - day.sunrise) * 0.7,
    "pradosha": lambda day: day.sunset + (day.next_sunrise - day.sunset) / 15,
    "nishita": lambda day: day.sunset + (day.next_sunrise - day.sunset) / 2,
}


def _moment(day: DayPanchangam, at: str) -> datetime:
    return MOMENTS[at](day)


@cache
def festival_rules() -> tuple[FestivalRule, ...]:
    """The packaged festival rules."""
    raw = load_table("festivals.json")
    masa_numbers = {n.en: i + 1 for i, n in enumerate(names.MASAS)}
    sign_numbers = {n.en: i for i, n in enumerate(names.RASHIS)}
    for entry in raw["festivals"]:
        if entry.get("at", "sunrise") not in MOMENTS or entry["kind"] not in ("tithi", "sankranti"):
            raise PanchangamError("bad_rule", f"festival {entry['id']!r}: unknown kind or moment")
    return tuple(
        FestivalRule(
            id=entry["id"],
            name=names.Name(entry["en"], entry["te"]),
            kind=entry["kind"],
            masa=masa_numbers.get(entry.get("masa", ""), 0),
            tithi=entry.get("tithi", 0),
            at=entry.get("at", "sunrise"),
            sign=sign_numbers.get(entry.get("sign", ""), 0),
            offset_days=entry.get("offset_days", 0),
        )
        for entry in raw["festivals"]
    )


def place_festivals(days: list[DayPanchangam], ingresses: list[Ingress]) -> dict[date, list[Festival]]:
    """Festivals falling on the given consecutive days; ``ingresses`` are (sign, moment) pairs."""
    placed: dict[date, list[Festival]] = defaultdict(list)
    for rule in festival_rules():
        place_one: Placer = _place_tithi if rule.kind == "tithi" else _place_sankranti
        for on, reason in place_one(rule, days, ingresses):
            placed[on].append(Festival(rule.name, reason))
    return placed


def _masa_of(period: AngaPeriod, days: list[DayPanchangam], i: int) -> tuple[int, bool] | None:
    """Masa number and adhika flag of a tithi listed on day ``i``."""
    day = days[i]
    if period.number >= day.tithi[0].number:
        return day.masa.number, day.masa.adhika
    if i + 1 < len(days):  # the tithi belongs to the month that begins later in the day
        return days[i + 1].masa.number, days[i + 1].masa.adhika
    return None


def _tithi_periods(rule: FestivalRule, days: list[DayPanchangam]) -> list[tuple[int, AngaPeriod]]:
    """Each occurrence of the rule's tithi in its nija masa, with the first day listing it."""
    seen: dict[datetime, tuple[int, AngaPeriod]] = {}
    for i, day in enumerate(days):
        for period in day.tithi:
            if period.number == rule.tithi and _masa_of(period, days, i) == (rule.masa, False):
                seen.setdefault(period.starts_at, (i, period))
    return list(seen.values())


def _place_tithi(rule: FestivalRule, days: list[DayPanchangam], _: list[Ingress]) -> list[tuple[date, str]]:
    masa = names.MASAS[rule.masa - 1].en
    label = f"{masa} {names.PAKSHAS[(rule.tithi - 1) // 15].en} {names.tithi_name(rule.tithi - 1).en}"
    found: list[tuple[date, str]] = []
    for first, period in _tithi_periods(rule, days):
        holder = _first_day_at(days, first, period, rule.at)
        if holder is not None:
            moment = _moment(days[holder], rule.at)
            found.append((days[holder].date, f"{label} current at {rule.at} ({moment:%H:%M})"))
            continue
        begins = (
            days[first].date
            if period.starts_at >= days[first].sunrise
            else days[first].date - timedelta(days=1)
        )
        found.append((begins, f"{label} touches no {rule.at} (kshaya): placed on the day it begins"))
    return found


def _first_day_at(days: list[DayPanchangam], first: int, period: AngaPeriod, at: str) -> int | None:
    for i in range(max(first - 1, 0), min(first + 3, len(days))):
        if period.starts_at <= _moment(days[i], at) < period.ends_at:
            return i
    return None


def _place_sankranti(
    rule: FestivalRule, days: list[DayPanchangam], ingresses: list[Ingress]
) -> list[tuple[date, str]]:
    by_date: dict[date, DayPanchangam] = {d.date: d for d in days}
    sign = names.RASHIS[rule.sign].en
    found: list[tuple[date, str]] = []
    for entered, moment in ingresses:
        day = by_date.get(moment.date())
        if entered != rule.sign or day is None:
            continue
        before_sunset = moment < day.sunset
        sankranti = day.date if before_sunset else day.date + timedelta(days=1)
        when = "before sunset: that day" if before_sunset else "after sunset: the next day"
        reason = f"Sun enters {sign} at {moment:%Y-%m-%d %H:%M}, {when}"
        if rule.offset_days:
            reason += f"; {abs(rule.offset_days)} day {'before' if rule.offset_days < 0 else 'after'}"
        found.append((sankranti + timedelta(days=rule.offset_days), reason))
    return found
