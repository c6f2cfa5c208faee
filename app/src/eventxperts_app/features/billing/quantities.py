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
