"""Quantities as people type them (pure): the GST library's rule, read without raising."""

from __future__ import annotations

from decimal import Decimal

import gst


def read_quantity(text: str) -> Decimal | None:
    """A quantity above zero with at most three decimals (gst.parse_quantity), else None."""
    try:
        return gst.parse_quantity(text)
    except gst.GstError:
        return None


def plain_quantity(text: str) -> str:
    """`300` for `3E+2`: the billing service answers quantities as normalised decimals, which Python
    writes in exponent form when they end in zeros; people read (and retype) the plain number."""
    try:
        return format(Decimal(text), "f")
    except ArithmeticError:
        return text
