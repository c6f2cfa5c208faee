"""The rounding rules, written once: paise for line amounts, rupees for each tax head at the total."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from math import floor

PAISE_PER_RUPEE = 100


def round_half_up(value: Fraction | Decimal | int) -> int:
    """The nearest whole number, halves away from zero (0.5 -> 1, -0.5 -> -1)."""
    exact = Fraction(value)
    magnitude = floor(abs(exact) + Fraction(1, 2))
    return magnitude if exact >= 0 else -magnitude


def to_rupee(paise: Fraction | int) -> int:
    """Paise rounded to the nearest whole rupee (50 paise and above up), still in paise."""
    return round_half_up(Fraction(paise) / PAISE_PER_RUPEE) * PAISE_PER_RUPEE
