"""The readable month table of ``panchangam month`` in English or Telugu."""

from __future__ import annotations

from datetime import datetime, timedelta

from panchangam.day_text import LABELS, anga_label
from panchangam.model import AngaPeriod, DayPanchangam

HEADERS = {
    "en": ("Date", "Day", "Sunrise", "Sunset", "Tithi", "Nakshatra", "Rahu kalam", "Festivals"),
    "te": ("తేదీ", "వారం", "సూర్యోదయం", "సూర్యాస్తమయం", "తిథి", "నక్షత్రం", "రాహుకాలం", "పండుగలు"),
}


def _hm(moment: datetime) -> str:
    """Anga ends: truncated to the minute, as DP prints them."""
    return f"{moment:%H:%M}"


def _hm_rounded(moment: datetime) -> str:
    """Sunrise, sunset and kalams: rounded to the nearest minute, as DP prints them."""
    return f"{moment + timedelta(seconds=30):%H:%M}"


def _first_anga(periods: list[AngaPeriod], lang: str) -> str:
    period = periods[0]
    return f"{anga_label(period, lang)} {LABELS[lang]['until']} {_hm(period.ends_at)}"


def month_table(days: list[DayPanchangam], lang: str) -> str:
    """Render one line per day: tithi and nakshatra at sunrise with their end times."""
    if lang not in HEADERS:
        raise ValueError(f"unknown language {lang!r}")
    first = days[0]
    title = (
        f"{first.date:%Y-%m} {first.place.name}: {first.samvatsara.name.text(lang)} "
        f"({first.samvatsara.shaka}), {first.masa.name.text(lang)}"
    )
    rows = [HEADERS[lang]]
    for day in days:
        rows.append(
            (
                day.date.isoformat(),
                day.vara.text(lang),
                _hm_rounded(day.sunrise),
                _hm_rounded(day.sunset),
                _first_anga(day.tithi, lang),
                _first_anga(day.nakshatra, lang),
                f"{_hm_rounded(day.rahu_kalam.start)}-{_hm_rounded(day.rahu_kalam.end)}",
                ", ".join(f.name.text(lang) for f in day.festivals),
            )
        )
    widths = [max(len(row[c]) for row in rows) for c in range(len(HEADERS[lang]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    return "\n".join([title, *(line.rstrip() for line in lines)])
