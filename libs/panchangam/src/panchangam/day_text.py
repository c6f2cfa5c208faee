"""The readable one-day view of ``panchangam day`` in English or Telugu."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from panchangam.model import AngaPeriod, DayPanchangam, Interval
from panchangam.names import Name

LABELS = {
    "en": {
        "sun": "Sunrise / sunset", "tithi": "Tithi", "nakshatra": "Nakshatra", "yoga": "Yoga",
        "karana": "Karana", "moon_rashi": "Moon sign", "masa": "Masa", "samvatsara": "Samvatsara",
        "ayana": "Ayana / ritu", "rahu_kalam": "Rahu kalam", "yamagandam": "Yamagandam",
        "gulika": "Gulika", "durmuhurtham": "Durmuhurtham", "varjyam": "Varjyam",
        "amrit_kalam": "Amrit kalam", "abhijit": "Abhijit", "brahma_muhurtham": "Brahma muhurtham",
        "moudyami": "Moudyami", "festivals": "Festivals", "until": "till", "adhika": "Adhika",
        "none": "-",
    },
    "te": {
        "sun": "సూర్యోదయం / సూర్యాస్తమయం", "tithi": "తిథి", "nakshatra": "నక్షత్రం", "yoga": "యోగం",
        "karana": "కరణం", "moon_rashi": "చంద్ర రాశి", "masa": "మాసం", "samvatsara": "సంవత్సరం",
        "ayana": "ఆయనం / ఋతువు", "rahu_kalam": "రాహుకాలం", "yamagandam": "యమగండం",
        "gulika": "గుళిక", "durmuhurtham": "దుర్ముహూర్తం", "varjyam": "వర్జ్యం",
        "amrit_kalam": "అమృత ఘడియలు", "abhijit": "అభిజిత్ ముహూర్తం", "brahma_muhurtham": "బ్రహ్మ ముహూర్తం",
        "moudyami": "మౌఢ్యమి", "festivals": "పండుగలు", "until": "వరకు", "adhika": "అధిక",
        "none": "-",
    },
}  # fmt: skip


def _name(name: Name, lang: str) -> str:
    return name.te if lang == "te" else name.en


def _clock(moment: datetime, on: date, *, rounded: bool) -> str:
    shown = moment + timedelta(seconds=30) if rounded else moment
    later = (shown.date() - on).days
    return f"{shown:%H:%M}" + (f" (+{later})" if later > 0 else "")


def _angas(periods: list[AngaPeriod], on: date, lang: str) -> str:
    parts = []
    for period in periods:
        label = _name(period.name, lang)
        if period.paksha is not None:
            label = f"{_name(period.paksha, lang).split()[0]} {label}"
        parts.append(f"{label} {LABELS[lang]['until']} {_clock(period.ends_at, on, rounded=False)}")
    return ", ".join(parts)


def _windows(windows: list[Interval] | Interval | None, on: date, lang: str) -> str:
    if windows is None:
        return LABELS[lang]["none"]
    listed = windows if isinstance(windows, list) else [windows]
    spans = [f"{_clock(w.start, on, rounded=True)}-{_clock(w.end, on, rounded=True)}" for w in listed]
    return ", ".join(spans) or LABELS[lang]["none"]


def day_text(day: DayPanchangam, lang: str) -> str:
    """Render one day: angas with end times, month and year, kalams and festivals."""
    words, on = LABELS[lang], day.date
    adhika = f"{words['adhika']} " if day.masa.adhika else ""
    rows = [
        (words["sun"], f"{_clock(day.sunrise, on, rounded=True)} / {_clock(day.sunset, on, rounded=True)}"),
        *((words[limb], _angas(getattr(day, limb), on, lang)) for limb in
          ("tithi", "nakshatra", "yoga", "karana", "moon_rashi")),
        (words["masa"], adhika + _name(day.masa.name, lang)),
        (words["samvatsara"], f"{_name(day.samvatsara.name, lang)} ({day.samvatsara.shaka})"),
        (words["ayana"], f"{_name(day.ayana, lang)} / {_name(day.ritu, lang)}"),
        *((words[kalam], _windows(getattr(day, kalam), on, lang)) for kalam in
          ("rahu_kalam", "yamagandam", "gulika", "durmuhurtham", "varjyam", "amrit_kalam",
           "abhijit", "brahma_muhurtham")),
        (words["moudyami"], ", ".join(_name(p, lang) for p in day.moudyami) or words["none"]),
        (words["festivals"], ", ".join(_name(f.name, lang) for f in day.festivals) or words["none"]),
    ]  # fmt: skip
    width = max(len(label) for label, _ in rows)
    title = f"{day.date.isoformat()} {_name(day.vara, lang)}, {day.place.name}"
    return "\n".join([title, *(f"{label.ljust(width)}  {value}" for label, value in rows)])
