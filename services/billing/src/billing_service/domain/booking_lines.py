"""A booking's line items and damage charges as document lines, with the organizer's per-item defaults
(or the SAC defaults of gst.md: event services 998596, renting of goods 997319)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from billing_service.domain.documents import LineInput

SERVICE_CODE, RENTAL_CODE = "998596", "997319"


@dataclass(frozen=True)
class ItemDefault:
    tax_code: str | None
    unit: str
    tax_rate: Decimal


@dataclass(frozen=True)
class BookingLine:
    kind: str  # "service" or "stock"
    description: str
    quantity: int
    price_paise: int  # of the whole line


def line_of(item: BookingLine, default: ItemDefault | None, rate_of: dict[str, Decimal]) -> LineInput | None:
    """A document line; None for a line given free (a document line has a positive rate). A price that
    does not divide by the quantity becomes one lot, so the line's amount is exactly the agreed one."""
    if item.price_paise <= 0:
        return None
    code = default.tax_code if default else (SERVICE_CODE if item.kind == "service" else RENTAL_CODE)
    rate = default.tax_rate if default else rate_of.get(code or "", Decimal(18))
    unit = default.unit if default else ("job" if item.kind == "service" else "nos")
    quantity, each, description = item.quantity, item.price_paise // item.quantity, item.description
    if item.price_paise % item.quantity:
        quantity, each, unit = 1, item.price_paise, "lot"
        description = f"{item.description} (x{item.quantity})"
    return LineInput(description, str(quantity), each, f"{rate.normalize():f}", unit, code)
