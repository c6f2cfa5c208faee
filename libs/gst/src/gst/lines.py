"""A document line's amounts: quantity x rate, less its discount, is the taxable value (paise)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from gst.errors import GstError, GstErrorCode
from gst.rates import parse_rate
from gst.rounding import round_half_up

# Quantities are counted to three decimals (hours, kilograms, metres).
MAX_QUANTITY_PLACES = 3
# Rs 100 crore on one line: more is a typing mistake, and it keeps totals exact in JSON numbers.
MAX_LINE_PAISE = 10**12


@dataclass(frozen=True, slots=True)
class Line:
    """What a line says: quantity, rate per unit in paise, discount in paise, GST rate in percent."""

    quantity: Decimal
    rate_paise: int
    tax_rate: Decimal
    discount_paise: int = 0


@dataclass(frozen=True, slots=True)
class LineAmounts:
    line: Line
    gross_paise: int
    discount_paise: int
    taxable_paise: int


def parse_quantity(raw: str | Decimal | int) -> Decimal:
    """A positive quantity with at most three decimals; INVALID_QUANTITY otherwise."""
    try:
        quantity = Decimal(str(raw).strip())
    except InvalidOperation:
        raise GstError(GstErrorCode.INVALID_QUANTITY, "A quantity is a number.") from None
    if not quantity.is_finite() or quantity <= 0:
        raise GstError(GstErrorCode.INVALID_QUANTITY, "A quantity is more than zero.")
    exponent = quantity.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_QUANTITY_PLACES:
        raise GstError(GstErrorCode.INVALID_QUANTITY, "A quantity has at most three decimals.")
    return quantity


def line(
    *, quantity: str | Decimal | int, rate_paise: int, tax_rate: str | Decimal, discount_paise: int = 0
) -> Line:
    """A checked line: quantity and rate above zero, discount from zero up to the line's value."""
    checked = Line(parse_quantity(quantity), rate_paise, parse_rate(tax_rate), discount_paise)
    if rate_paise <= 0 or rate_paise > MAX_LINE_PAISE:
        raise GstError(
            GstErrorCode.INVALID_AMOUNT, "A rate is more than zero paise (and under Rs 100 crore)."
        )
    gross = gross_paise(checked)
    if gross > MAX_LINE_PAISE:
        raise GstError(GstErrorCode.INVALID_AMOUNT, "A line's value is under Rs 100 crore.")
    if discount_paise < 0 or discount_paise > gross:
        raise GstError(GstErrorCode.INVALID_DISCOUNT, "A discount is from zero up to the line's value.")
    return checked


def gross_paise(item: Line) -> int:
    """Quantity x rate, rounded to the paisa."""
    return round_half_up(item.quantity * item.rate_paise)


def amounts_of(item: Line) -> LineAmounts:
    gross = gross_paise(item)
    return LineAmounts(item, gross, item.discount_paise, gross - item.discount_paise)
