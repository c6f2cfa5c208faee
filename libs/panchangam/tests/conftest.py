from __future__ import annotations

from datetime import date

import panchangam
import pytest
from panchangam import DayPanchangam, Place


@pytest.fixture(scope="session")
def hyderabad() -> Place:
    return panchangam.find_place("hyderabad")


@pytest.fixture(scope="session")
def hyderabad_2026(hyderabad: Place) -> dict[date, DayPanchangam]:
    """Every day of 2026 at Hyderabad, computed once for the session."""
    return {d.date: d for d in panchangam.days(date(2026, 1, 1), date(2026, 12, 31), hyderabad)}
