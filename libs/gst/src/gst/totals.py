"""A document's tax table and totals.

Taxable values are summed per rate; each rate's tax is split into the heads of the regime (CGST and
SGST each half the rate within a state, IGST the whole across states). Each head is rounded to the
rupee once, at the total (gst.md: "rounded to the nearest rupee at the total"); the table's rows show
each rate's share to the paisa, and ``round_off_paise`` is what rounding the heads added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from gst.lines import Line, LineAmounts, amounts_of
from gst.rounding import round_half_up, to_rupee
from gst.supply import TaxRegime


@dataclass(frozen=True, slots=True)
class TaxRow:
    """One rate's line of the tax table (paise, rounded to the paisa)."""

    rate: Decimal
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int


@dataclass(frozen=True, slots=True)
class DocumentTotals:
    lines: list[LineAmounts]
    regime: TaxRegime
    taxable_paise: int
    rows: list[TaxRow]
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    round_off_paise: int

    @property
    def tax_paise(self) -> int:
        return self.cgst_paise + self.sgst_paise + self.igst_paise

    @property
    def total_paise(self) -> int:
        return self.taxable_paise + self.tax_paise


def _exact_heads(regime: TaxRegime, taxable: int, rate: Decimal) -> tuple[Fraction, Fraction, Fraction]:
    tax = Fraction(taxable) * Fraction(rate) / 100
    if regime is TaxRegime.INTRA_STATE:
        return tax / 2, tax / 2, Fraction(0)
    if regime is TaxRegime.INTER_STATE:
        return Fraction(0), Fraction(0), tax
    return Fraction(0), Fraction(0), Fraction(0)


def document_totals(items: Sequence[Line], regime: TaxRegime) -> DocumentTotals:
    """The amounts of every line, the tax table per rate and the heads rounded to the rupee."""
    amounts = [amounts_of(item) for item in items]
    by_rate: dict[Decimal, int] = {}
    for a in amounts:
        rate = a.line.tax_rate if regime is not TaxRegime.NONE else Decimal(0)
        by_rate[rate] = by_rate.get(rate, 0) + a.taxable_paise
    rows: list[TaxRow] = []
    exact = [Fraction(0), Fraction(0), Fraction(0)]
    for rate, taxable in sorted(by_rate.items()):
        heads = _exact_heads(regime, taxable, rate)
        exact = [total + head for total, head in zip(exact, heads, strict=True)]
        rows.append(TaxRow(rate, taxable, *(round_half_up(h) for h in heads)))
    cgst, sgst, igst = (to_rupee(h) for h in exact)
    shown = sum(r.cgst_paise + r.sgst_paise + r.igst_paise for r in rows)
    return DocumentTotals(
        lines=amounts,
        regime=regime,
        taxable_paise=sum(by_rate.values()),
        rows=rows,
        cgst_paise=cgst,
        sgst_paise=sgst,
        igst_paise=igst,
        round_off_paise=cgst + sgst + igst - shown,
    )
