"""The readable one-day view of ``panchangam day`` in English or Telugu."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from panchangam.model import AngaPeriod, DayPanchangam, Interval
from panchangam.names import ADHIKA

LABELS = {
    "en": {
        "sun": "Sunrise / sunset", "tithi": "Tithi", "nakshatra": "Nakshatra", "yoga": "Yoga",
        "karana": "Karana", "moon_rashi": "Moon sign", "masa": "Masa", "samvatsara": "Samvatsara",
        "ayana": "Ayana / ritu", "rahu_kalam": "Rahu kalam", "yamagandam": "Yamagandam",
        "gulika": "Gulika", "durmuhurtham": "Durmuhurtham", "varjyam": "Varjyam",
        "amrit_kalam": "Amrit kalam", "abhijit": "Abhijit", "brahma_muhurtham": "Brahma muhurtham",
        "moudyami": "Moudyami", "festivals": "Festivals", "until": "till",
        "none": "-",
    },
    "te": {
        "sun": "సూర్యోదయం / సూర్యాస్తమయం", "tithi": "తిథి", "nakshatra": "నక్షత్రం", "yoga": "యోగం",
        "karana": "కరణం", "moon_rashi": "చంద్ర రాశి", "masa": "మాసం", "samvatsara": "సంవత్సరం",
        "ayana": "ఆయనం / ఋతువు", "rahu_kalam": "రాహుకాలం", "yamagandam": "యమగండం",
        "gulika": "గుళిక", "durmuhurtham": "దుర్ముహూర్తం", "varjyam": "వర్జ్యం",
        "amrit_kalam": "అమృత ఘడియలు", "abhijit": "అభిజిత్ ముహూర్తం", "brahma_muhurtham": "బ్రహ్మ ముహూర్తం",
        "moudyami": "మౌఢ్యమి", "festivals": "పండుగలు", "until": "వరకు",
        "none": "-",
    },
}  # fmt: skip


def _clock(moment: datetime, on: date, *, rounded: bool) -> str:
    shown = moment + timedelta(seconds=30) if rounded else moment
    later = (shown.date() - on).days
    return f"{shown:%H:%M}" + (f" (+{later})" if later > 0 else "")


def anga_label(period: AngaPeriod, lang: str) -> str:
    """`Krishna Pratipada`: the anga's name, after its paksha's first word for a tithi."""
    label = period.name.text(lang)
    if period.paksha is not None:
        label = f"{period.paksha.text(lang).split()[0]} {label}"
    return label


def _angas(periods: list[AngaPeriod], on: date, lang: str) -> str:
    return ", ".join(
        f"{anga_label(p, lang)} {LABELS[lang]['until']} {_clock(p.ends_at, on, rounded=False)}"
        for p in periods
    )


def _windows(windows: list[Interval] | Interval | None, on: date, lang: str) -> str:
    if windows is None:
        return LABELS[lang]["none"]
    listed = windows if isinstance(windows, list) else [windows]
    spans = [f"{_clock(w.start, on, rounded=True)}-{_clock(w.end, on, rounded=True)}" for w in listed]
    return ", ".join(spans) or LABELS[lang]["none"]


def day_text(day: DayPanchangam, lang: str) -> str:
    """Render one day: angas with end times, month and year, kalams and festivals."""
    words, on = LABELS[lang], day.date
    adhika = f"{ADHIKA.text(lang)} " if day.masa.adhika else ""
    rows = [
        (words["sun"], f"{_clock(day.sunrise, on, rounded=True)} / {_clock(day.sunset, on, rounded=True)}"),
        *((words[limb], _angas(getattr(day, limb), on, lang)) for limb in
          ("tithi", "nakshatra", "yoga", "karana", "moon_rashi")),
        (words["masa"], adhika + day.masa.name.text(lang)),
        (words["samvatsara"], f"{day.samvatsara.name.text(lang)} ({day.samvatsara.shaka})"),
        (words["ayana"], f"{day.ayana.text(lang)} / {day.ritu.text(lang)}"),
        *((words[kalam], _windows(getattr(day, kalam), on, lang)) for kalam in
          ("rahu_kalam", "yamagandam", "gulika", "durmuhurtham", "varjyam", "amrit_kalam",
           "abhijit", "brahma_muhurtham")),
        (words["moudyami"], ", ".join(p.text(lang) for p in day.moudyami) or words["none"]),
        (words["festivals"], ", ".join(f.name.text(lang) for f in day.festivals) or words["none"]),
    ]  # fmt: skip
    width = max(len(label) for label, _ in rows)
    title = f"{day.date.isoformat()} {day.vara.text(lang)}, {day.place.name}"
    return "\n".join([title, *(f"{label.ljust(width)}  {value}" for label, value in rows)])
