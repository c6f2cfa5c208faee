"""The muhurtham rule set, read from ``data/muhurtham_rules.json`` and checked against a day."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import Any

from panchangam import names
from panchangam.bundled_data import load_table
from panchangam.errors import PanchangamError
from panchangam.model import AngaPeriod, DayPanchangam, Interval

RuleData = dict[str, Any]


@dataclass(frozen=True)
class EventKind:
    """One kind of event and its rules, as written in the data file."""

    id: str
    name: names.Name
    span: str
    min_window_minutes: float
    day_rules: tuple[RuleData, ...]
    window_rules: tuple[RuleData, ...]
    exclude: tuple[str, ...]


@cache
def _rule_file() -> RuleData:
    data: RuleData = load_table("muhurtham_rules.json")
    return data


def event_kinds() -> dict[str, EventKind]:
    """Every event kind the finder knows, by id (``marriage``, ``gruhapravesam``, ...)."""
    return {
        kind_id: EventKind(
            id=kind_id,
            name=names.Name(raw["en"], raw["te"]),
            span=raw["span"],
            min_window_minutes=float(raw["min_window_minutes"]),
            day_rules=tuple(raw["day_rules"]),
            window_rules=tuple(raw["window_rules"]),
            exclude=tuple(raw["exclude"]),
        )
        for kind_id, raw in _rule_file()["kinds"].items()
    }


def event_kind(kind_id: str) -> EventKind:
    """The event kind ``kind_id`` or a ``PanchangamError`` (``unknown_kind``)."""
    kinds = event_kinds()
    if kind_id not in kinds:
        raise PanchangamError("unknown_kind", f"unknown event kind {kind_id!r}; known: {', '.join(kinds)}")
    return kinds[kind_id]


def personal_tables() -> tuple[frozenset[int], frozenset[int]]:
    """Good tarabala remainders (count mod 9) and good chandrabala counts."""
    personal = _rule_file()["personal"]
    return frozenset(personal["tarabala_good_remainders"]), frozenset(personal["chandrabala_good_counts"])


def day_rule_passes(rule: RuleData, day: DayPanchangam) -> bool:
    """Whether ``day`` passes a whole-day rule."""
    kind = rule["rule"]
    if kind == "no_moudyami":
        combust = {planet.en for planet in day.moudyami}
        return not combust & {names.PLANETS[p].en for p in rule["planets"]}
    if kind == "not_adhika_masa":
        return not day.masa.adhika
    if kind == "not_kshaya_masa":
        return not day.masa.kshaya
    if kind == "masa_in":
        return day.masa.name.en in rule["masas"]
    if kind == "masa_not_in":
        return day.masa.name.en not in rule["masas"]
    if kind == "sun_not_in":
        return day.sun_rashi.en not in rule["signs"]
    if kind == "weekday_in":
        shukla = day.tithi[0].number <= 15
        return day.vara.en in rule["weekdays"] or (shukla and day.vara.en in rule.get("shukla_only", []))
    if kind == "not_between":
        position = (day.masa.number, day.tithi[0].number)
        start, end = (_position(rule[edge]) for edge in ("from", "to"))
        return not start <= position < end
    raise PanchangamError("bad_rule", f"unknown day rule {kind!r} in muhurtham_rules.json")


def _position(edge: RuleData) -> tuple[int, int]:
    masa = [n.en for n in names.MASAS].index(edge["masa"]) + 1
    return masa, int(edge["tithi"])


GHATI = timedelta(minutes=24)


def window_rule_spans(rule: RuleData, day: DayPanchangam) -> tuple[list[Interval], list[str]]:
    """The parts of the day where a limb satisfies ``rule``, and the names that did."""
    kind = rule["rule"]
    if kind == "tithi_start_not":
        return _past_first_ghatis(rule["ghatis"], day.tithi)
    if kind not in _LIMB_TESTS:
        raise PanchangamError("bad_rule", f"unknown window rule {kind!r} in muhurtham_rules.json")
    limb, keep = _LIMB_TESTS[kind]
    periods: list[AngaPeriod] = getattr(day, limb)
    good = [p for p in periods if keep(rule, p)]
    return [Interval(p.starts_at, p.ends_at) for p in good], [p.name.en for p in good]


LimbTest = Callable[[RuleData, AngaPeriod], bool]


def _in(key: str) -> LimbTest:
    return lambda rule, period: period.name.en in rule[key]


def _not_in(key: str) -> LimbTest:
    return lambda rule, period: period.name.en not in rule[key]


_LIMB_TESTS: dict[str, tuple[str, LimbTest]] = {
    "nakshatra_in": ("nakshatra", _in("nakshatras")),
    "yoga_not_in": ("yoga", _not_in("yogas")),
    "karana_not_in": ("karana", _not_in("karanas")),
    "tithi_in": ("tithi", lambda rule, period: period.number in rule["tithis"]),
    "tithi_not_in": ("tithi", lambda rule, period: period.number not in rule["tithis"]),
}


def _past_first_ghatis(
    ghatis: dict[str, float], periods: list[AngaPeriod]
) -> tuple[list[Interval], list[str]]:
    """Each tithi, less the first ``ghatis[name]`` ghatis (24 minutes each) of those named."""
    spans: list[Interval] = []
    passed: list[str] = []
    for period in periods:
        skip = GHATI * ghatis.get(period.name.en, 0)
        start = period.starts_at + skip
        if start < period.ends_at:
            spans.append(Interval(start, period.ends_at))
            passed.append(f"{period.name.en} after {start:%H:%M}" if skip else period.name.en)
    return spans, passed
