"""Guru and Shukra moudyami windows."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import panchangam
from panchangam import Place
from panchangam.moudyami import moudyami_windows

IST = ZoneInfo("Asia/Kolkata")


def test_shukra_moudyami_of_2025_26_matches_the_published_window() -> None:
    windows = moudyami_windows(date(2025, 10, 1), date(2026, 3, 31), IST)
    venus = [(w.first, w.last) for w in windows if w.planet == "venus"]
    assert venus == [(date(2025, 11, 26), date(2026, 2, 17))]


def test_guru_moudyami_comes_once_a_year_around_conjunction() -> None:
    windows = [
        w for w in moudyami_windows(date(2024, 1, 1), date(2027, 12, 31), IST) if w.planet == "jupiter"
    ]
    assert len(windows) == 4
    assert all(25 <= (w.last - w.first).days <= 35 for w in windows)
    assert any(w.first <= date(2026, 7, 29) <= w.last for w in windows)  # conjunction 2026-07-29


def test_the_day_panchangam_names_the_combust_planet(hyderabad: Place) -> None:
    inside = panchangam.day(date(2026, 1, 6), hyderabad)
    outside = panchangam.day(date(2026, 3, 6), hyderabad)
    assert [(p.en, p.te) for p in inside.moudyami] == [("Shukra", "శుక్ర")]
    assert outside.moudyami == []
