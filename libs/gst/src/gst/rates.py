"""GST rates as dated data: which rate a SAC or HSN code carries on a given day.

The table is read from ``data/rates.toml`` (one entry per code and effective date); nothing in code
names a rate. A rate applies from its date until the next entry of the same code.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files

from gst.codes import TaxCode, normalise_tax_code
from gst.errors import GstError, GstErrorCode

# Rates the GST schedules use (percent). A rate outside them is a typing mistake.
ALLOWED_RATES = frozenset(
    Decimal(r).normalize() for r in ("0", "0.1", "0.25", "1", "1.5", "3", "5", "6", "12", "18", "28", "40")
)


@dataclass(frozen=True, slots=True)
class DatedRate:
    """A code's rate from ``effective_from`` until the next entry of the same code."""

    code: TaxCode
    rate: Decimal
    effective_from: date
    description: str


def parse_rate(raw: str | Decimal) -> Decimal:
    """A whole GST rate in percent (``"18"``, ``"5%"``) as a Decimal; INVALID_RATE unless it is one of
    the schedules' rates (a half rate such as 2.5 is a CGST or SGST share, not a rate)."""
    try:
        rate = Decimal(str(raw).strip().removesuffix("%"))
    except InvalidOperation:
        raise GstError(GstErrorCode.INVALID_RATE, "A GST rate is a number of percent.") from None
    if rate.normalize() not in ALLOWED_RATES:
        allowed = ", ".join(str(r) for r in sorted(ALLOWED_RATES))
        raise GstError(GstErrorCode.INVALID_RATE, f"A GST rate is one of {allowed} percent.")
    return rate.normalize()


class RateTable:
    """Rates by code, each a list ordered by effective date."""

    def __init__(self, entries: Iterable[DatedRate]) -> None:
        by_code: dict[str, list[DatedRate]] = {}
        for entry in sorted(entries, key=lambda e: (e.code.code, e.effective_from)):
            dated = by_code.setdefault(entry.code.code, [])
            if dated and dated[-1].effective_from == entry.effective_from:
                raise GstError(
                    GstErrorCode.INVALID_RATE_DATA,
                    f"{entry.code.code} has two rates from {entry.effective_from.isoformat()}.",
                )
            dated.append(entry)
        self._by_code = by_code

    def rate_on(self, code: str, day: date) -> DatedRate:
        """The entry in force for ``code`` on ``day``; UNKNOWN_RATE when the table has none."""
        tax_code = normalise_tax_code(code)
        dated = self._by_code.get(tax_code.code, [])
        position = bisect_right([e.effective_from for e in dated], day)
        if position == 0:
            raise GstError(
                GstErrorCode.UNKNOWN_RATE,
                f"No GST rate is known for {tax_code.code} on {day.isoformat()}: set the rate on the item.",
            )
        return dated[position - 1]

    def codes(self) -> list[DatedRate]:
        """Every code's latest entry, for offering defaults."""
        return [dated[-1] for _, dated in sorted(self._by_code.items())]


def rate_table_from_toml(text: str) -> RateTable:
    """A table from TOML text in the shape of ``data/rates.toml``."""
    try:
        rows = tomllib.loads(text).get("rate", [])
        entries = [
            DatedRate(
                code=normalise_tax_code(str(row["code"])),
                rate=parse_rate(str(row["rate"])),
                effective_from=date.fromisoformat(str(row["from"])),
                description=str(row["description"]),
            )
            for row in rows
        ]
    except (tomllib.TOMLDecodeError, KeyError, ValueError) as error:
        if isinstance(error, GstError):
            raise
        raise GstError(GstErrorCode.INVALID_RATE_DATA, f"The rate table is malformed: {error}") from None
    return RateTable(entries)


@cache
def default_rates() -> RateTable:
    """The rates this library ships (data/rates.toml), read once."""
    return rate_table_from_toml(files("gst").joinpath("data/rates.toml").read_text(encoding="utf-8"))
