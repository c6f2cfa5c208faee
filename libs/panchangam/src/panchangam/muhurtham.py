"""The muhurtham finder: good days and good windows for an event, with the rules that decided."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from panchangam.almanac import build_days
from panchangam.ekargala import SunTrack, free_of_ekargala
from panchangam.errors import PanchangamError
from panchangam.model import AngaPeriod, DayPanchangam, Interval
from panchangam.muhurtham_rules import (
    EventKind,
    day_rule_passes,
    event_kind,
    personal_tables,
    window_rule_spans,
)
from panchangam.names import NAKSHATRAS, RASHIS
from panchangam.places import Place
from panchangam.time_windows import intersect, normalised, subtract


@dataclass(frozen=True)
class MuhurthamDay:
    """A good day: its windows (kalams removed) and every rule it passed."""

    date: date
    windows: list[Interval]
    reasons: list[str]


@dataclass(frozen=True)
class RejectedDay:
    """A day that failed, with the rule that rejected it."""

    date: date
    rule: str
    reason: str


@dataclass(frozen=True)
class MuhurthamSearch:
    """Result of ``find_muhurtham``: good days and rejected days, both in date order."""

    kind: EventKind
    good: list[MuhurthamDay]
    rejected: list[RejectedDay]


@dataclass(frozen=True)
class BirthStars:
    """Birth nakshatras and rashis (0-based) of the people the muhurtham is for."""

    nakshatras: tuple[int, ...] = ()
    rashis: tuple[int, ...] = ()

    @classmethod
    def from_names(cls, nakshatras: list[str], rashis: list[str]) -> BirthStars:
        """Parse English names (case-insensitive); unknown names raise ``unknown_star``."""
        return cls(_indexes(nakshatras, [n.en for n in NAKSHATRAS]), _indexes(rashis, [r.en for r in RASHIS]))


def _indexes(given: list[str], known: list[str]) -> tuple[int, ...]:
    lowered = [k.lower() for k in known]
    found = []
    for name in given:
        if name.strip().lower() not in lowered:
            raise PanchangamError("unknown_star", f"unknown nakshatra or rashi {name!r}")
        found.append(lowered.index(name.strip().lower()))
    return tuple(found)


def find_muhurtham(
    kind: str,
    first: date,
    last: date,
    place: Place,
    *,
    birth: BirthStars | None = None,
    traditional_sunrise: bool = False,
) -> MuhurthamSearch:
    """Search ``first``..``last`` for days and windows good for an event of ``kind``.

    Whole-day rules run first (the first failing one rejects the day); then the window rules
    keep the parts of the day where every limb is favourable (and, with ``birth``, where
    tarabala and chandrabala hold for everyone); the kind's kalams are cut out last.
    """
    event = event_kind(kind)
    days = build_days(first, last, place, traditional=traditional_sunrise)
    search = MuhurthamSearch(event, [], [])
    sun = SunTrack.of(days)
    for day in days:
        verdict = judge_day(event, day, birth or BirthStars(), sun)
        if isinstance(verdict, MuhurthamDay):
            search.good.append(verdict)
        else:
            search.rejected.append(verdict)
    return search


def judge_day(
    event: EventKind, day: DayPanchangam, birth: BirthStars, sun: SunTrack
) -> MuhurthamDay | RejectedDay:
    """Decide one day for ``event``; ``sun`` places the Sun for the ekargala rule."""
    reasons: list[str] = []
    for rule in event.day_rules:
        if not day_rule_passes(rule, day):
            return RejectedDay(day.date, rule["rule"], f"{rule['why']}: fails ({_day_facts(day)})")
        reasons.append(f"{rule['why']}: passed")
    end = day.sunset if event.span == "day" else day.next_sunrise
    windows = [Interval(day.sunrise, end)]
    for rule in event.window_rules:
        if rule["rule"] == "no_ekargala":
            spans, passed = free_of_ekargala(day, sun, rule["yogas"])
        else:
            spans, passed = window_rule_spans(rule, day)
        windows = intersect(windows, spans)
        if not windows:
            return RejectedDay(day.date, rule["rule"], f"{rule['why']}: not met at any time of the day")
        reasons.append(f"{rule['why']}: {', '.join(passed)}")
    for label, spans in _personal_spans(day, birth):
        windows = intersect(windows, spans)
        if not windows:
            return RejectedDay(day.date, label, f"{label} does not hold at any time of the day")
        reasons.append(f"{label} holds for everyone")
    return _cut_kalams(event, day, windows, reasons)


def _cut_kalams(
    event: EventKind, day: DayPanchangam, windows: list[Interval], reasons: list[str]
) -> MuhurthamDay | RejectedDay:
    removed: list[Interval] = []
    for name in event.exclude:
        value = getattr(day, name)
        removed += value if isinstance(value, list) else [value]
    shortest = timedelta(minutes=event.min_window_minutes)
    kept = [w for w in subtract(windows, removed) if w.end - w.start >= shortest]
    if not kept:
        return RejectedDay(
            day.date, "windows", f"nothing of {shortest} or more is left outside {', '.join(event.exclude)}"
        )
    return MuhurthamDay(day.date, kept, [*reasons, f"{', '.join(event.exclude)} removed"])


def _personal_spans(day: DayPanchangam, birth: BirthStars) -> list[tuple[str, list[Interval]]]:
    tarabala_good, chandrabala_good = personal_tables()
    found: list[tuple[str, list[Interval]]] = []
    for star in birth.nakshatras:
        good = [p for p in day.nakshatra if ((p.number - 1 - star) % 27 + 1) % 9 in tarabala_good]
        found.append((f"tarabala from {NAKSHATRAS[star].en}", normalised(_spans(good))))
    for sign in birth.rashis:
        good = [p for p in day.moon_rashi if (p.number - 1 - sign) % 12 + 1 in chandrabala_good]
        found.append((f"chandrabala from {RASHIS[sign].en}", normalised(_spans(good))))
    return found


def _spans(periods: list[AngaPeriod]) -> list[Interval]:
    return [Interval(p.starts_at, p.ends_at) for p in periods]


def _day_facts(day: DayPanchangam) -> str:
    adhika = "adhika " if day.masa.adhika else ""
    combust = ", ".join(p.en for p in day.moudyami) or "none"
    return (
        f"{day.vara.en}, {adhika}{day.masa.name.en} masa, {day.tithi[0].name.en}, "
        f"Sun in {day.sun_rashi.en}, moudyami: {combust}"
    )
