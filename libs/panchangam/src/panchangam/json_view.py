"""JSON-ready dictionaries of the engine's results (the CLI contract)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from panchangam.model import AngaPeriod, DayPanchangam, Interval
from panchangam.names import Name

JsonDict = dict[str, Any]


def iso(moment: datetime) -> str:
    """ISO 8601 with the UTC offset, to the second."""
    return moment.isoformat(timespec="seconds")


def name_json(name: Name) -> JsonDict:
    """``{"en": ..., "te": ...}``."""
    return {"en": name.en, "te": name.te}


def interval_json(interval: Interval | None) -> JsonDict | None:
    """``{"start": ..., "end": ...}`` or None."""
    if interval is None:
        return None
    return {"start": iso(interval.start), "end": iso(interval.end)}


def anga_json(period: AngaPeriod) -> JsonDict:
    """One tithi/nakshatra/yoga/karana/rashi entry."""
    entry: JsonDict = {
        "name": name_json(period.name),
        "number": period.number,
        "starts_at": iso(period.starts_at),
        "ends_at": iso(period.ends_at),
    }
    if period.paksha is not None:
        entry["paksha"] = name_json(period.paksha)
    if period.padas:
        entry["padas"] = [{"pada": p.pada, "ends_at": iso(p.ends_at)} for p in period.padas]
    return entry


def day_json(day: DayPanchangam) -> JsonDict:
    """The full day object of ``panchangam day --json``."""
    return {
        "date": day.date.isoformat(),
        "place": {
            "name": day.place.name,
            "latitude": day.place.latitude,
            "longitude": day.place.longitude,
            "timezone": day.place.timezone,
        },
        "vara": name_json(day.vara),
        "sunrise": iso(day.sunrise),
        "sunset": iso(day.sunset),
        "next_sunrise": iso(day.next_sunrise),
        "tithi": [anga_json(p) for p in day.tithi],
        "nakshatra": [anga_json(p) for p in day.nakshatra],
        "yoga": [anga_json(p) for p in day.yoga],
        "karana": [anga_json(p) for p in day.karana],
        "moon_rashi": [anga_json(p) for p in day.moon_rashi],
        "sun_rashi": name_json(day.sun_rashi),
        "masa": {
            "name": name_json(day.masa.name),
            "number": day.masa.number,
            "adhika": day.masa.adhika,
            "kshaya": day.masa.kshaya,
        },
        "samvatsara": {"name": name_json(day.samvatsara.name), "shaka": day.samvatsara.shaka},
        "ayana": name_json(day.ayana),
        "ritu": name_json(day.ritu),
        "rahu_kalam": interval_json(day.rahu_kalam),
        "yamagandam": interval_json(day.yamagandam),
        "gulika": interval_json(day.gulika),
        "abhijit": interval_json(day.abhijit),
        "brahma_muhurtham": interval_json(day.brahma_muhurtham),
        "durmuhurtham": [interval_json(i) for i in day.durmuhurtham],
        "varjyam": [interval_json(i) for i in day.varjyam],
        "amrit_kalam": [interval_json(i) for i in day.amrit_kalam],
        "moudyami": [name_json(n) for n in day.moudyami],
        "festivals": [{"name": name_json(f.name), "rule": f.rule} for f in day.festivals],
    }
