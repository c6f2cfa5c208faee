"""A delivery challan (CGST Rule 55) for the goods a booking sends out: one line per item loaded on the
calendar's dispatch sheet. Rented goods are not supplied (sold), so the challan carries their value and
no tax; a value billing does not know is marked to confirm, and the challan is not issued until the
organizer has looked at it (VALUE_TO_CONFIRM), nor while an item has no HSN code."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from billing_service.domain.documents import Document, LineInput
from billing_service.domain.errors import BillingError, BillingErrorCode

# Where a value per unit comes from, first found wins: what the organizer last typed for the item,
# the booking's agreed price for it, its daily rent in the calendar.
PLACEHOLDER_PAISE = 100


@dataclass(frozen=True)
class LoadedItem:
    stock_item_id: uuid.UUID
    name: str
    unit: str
    quantity: int
    daily_rent_paise: int | None


@dataclass(frozen=True)
class KnownItem:
    """The organizer's per-item defaults for a description (item_defaults)."""

    tax_code: str | None
    unit: str
    rate_paise: int
    tax_rate: Decimal


@dataclass(frozen=True)
class ChallanLines:
    lines: list[LineInput]
    to_confirm: list[str]  # descriptions whose value per unit billing had to guess


def challan_lines(
    loaded: list[LoadedItem], known: dict[str, KnownItem], agreed_each: dict[uuid.UUID, int]
) -> ChallanLines:
    lines, to_confirm = [], []
    for item in loaded:
        default = known.get(item.name.lower())
        each = (
            (default.rate_paise if default else None)
            or agreed_each.get(item.stock_item_id)
            or item.daily_rent_paise
        )
        if not each:
            to_confirm.append(item.name)
        rate = default.tax_rate if default else Decimal(0)
        lines.append(
            LineInput(
                item.name,
                str(item.quantity),
                each or PLACEHOLDER_PAISE,
                f"{rate.normalize():f}",
                (default.unit if default else item.unit)[:20],
                default.tax_code if default else None,
            )
        )
    return ChallanLines(lines, to_confirm)


def require_issuable(challan: Document) -> None:
    """Rule 55 names each item's HSN; a value billing guessed is printed only once the organizer has
    saved the challan's lines."""
    pending = challan.values_to_confirm
    if pending:
        raise BillingError(
            BillingErrorCode.VALUE_TO_CONFIRM,
            "Give the value of " + ", ".join(pending) + " before issuing the challan.",
            "lines",
        )
    for position, line in enumerate(challan.lines):
        if not line.tax_code:
            raise BillingError(
                BillingErrorCode.INVALID_TAX_CODE,
                f"Give the HSN code of {line.description}: a delivery challan names each item's.",
                f"lines.{position}.taxCode",
            )
