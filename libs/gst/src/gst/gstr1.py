"""GSTR-1 (the return of outward supplies) in the sections and CSV columns of the GST portal's offline
tool: B2B, B2CL, B2CS, CDNR, CDNUR, AT, ATADJ, HSN (B2B and B2C tables) and the documents issued.

Plain data in, rows of text out: whoever keeps the documents (billing, the marketplace's sellers) maps
them to :class:`Outward`, :class:`AdvanceAmount` and :class:`DocumentRange` and calls
:func:`gstr1_sections`. Values are rupees with two decimals; dates ``01-Dec-2026``; the place of supply
``36-Telangana``, as the tool imports them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from india import state_for_code

from gst.rounding import round_half_up
from gst.supply import TaxRegime


class Gstr1Section(StrEnum):
    """A section of the return, named as the offline tool's CSV file is."""

    B2B = "b2b"
    B2CL = "b2cl"
    B2CS = "b2cs"
    CDNR = "cdnr"
    CDNUR = "cdnur"
    AT = "at"
    ATADJ = "atadj"
    HSN_B2B = "hsn(b2b)"
    HSN_B2C = "hsn(b2c)"
    DOCS = "docs"


_HSN = (
    "HSN",
    "Description",
    "UQC",
    "Total Quantity",
    "Total Value",
    "Rate",
    "Taxable Value",
    "Integrated Tax Amount",
    "Central Tax Amount",
    "State/UT Tax Amount",
    "Cess Amount",
)
COLUMNS: dict[Gstr1Section, tuple[str, ...]] = {
    Gstr1Section.B2B: (
        "GSTIN/UIN of Recipient",
        "Receiver Name",
        "Invoice Number",
        "Invoice date",
        "Invoice Value",
        "Place Of Supply",
        "Reverse Charge",
        "Applicable % of Tax Rate",
        "Invoice Type",
        "E-Commerce GSTIN",
        "Rate",
        "Taxable Value",
        "Cess Amount",
    ),
    Gstr1Section.B2CL: (
        "Invoice Number",
        "Invoice date",
        "Invoice Value",
        "Place Of Supply",
        "Applicable % of Tax Rate",
        "Rate",
        "Taxable Value",
        "Cess Amount",
        "E-Commerce GSTIN",
    ),
    Gstr1Section.B2CS: (
        "Type",
        "Place Of Supply",
        "Applicable % of Tax Rate",
        "Rate",
        "Taxable Value",
        "Cess Amount",
        "E-Commerce GSTIN",
    ),
    Gstr1Section.CDNR: (
        "GSTIN/UIN of Recipient",
        "Receiver Name",
        "Note Number",
        "Note Date",
        "Note Type",
        "Place Of Supply",
        "Reverse Charge",
        "Note Supply Type",
        "Note Value",
        "Applicable % of Tax Rate",
        "Rate",
        "Taxable Value",
        "Cess Amount",
    ),
    Gstr1Section.CDNUR: (
        "UR Type",
        "Note Number",
        "Note Date",
        "Note Type",
        "Place Of Supply",
        "Note Value",
        "Applicable % of Tax Rate",
        "Rate",
        "Taxable Value",
        "Cess Amount",
    ),
    Gstr1Section.AT: (
        "Place Of Supply",
        "Applicable % of Tax Rate",
        "Rate",
        "Gross Advance Received",
        "Cess Amount",
    ),
    Gstr1Section.ATADJ: (
        "Place Of Supply",
        "Applicable % of Tax Rate",
        "Rate",
        "Gross Advance Adjusted",
        "Cess Amount",
    ),
    Gstr1Section.HSN_B2B: _HSN,
    Gstr1Section.HSN_B2C: _HSN,
    Gstr1Section.DOCS: ("Nature of Document", "Sr. No. From", "Sr. No. To", "Total Number", "Cancelled"),
}

# An inter-state invoice to an unregistered recipient goes to B2CL above this value (invoice value,
# tax included), else to B2CS. Dated data: Rs 2.5 lakh until Notification 12/2024-CT lowered it to
# Rs 1 lakh from 1 August 2024.
B2CL_THRESHOLDS: tuple[tuple[date, int], ...] = (
    (date(2017, 7, 1), 2_50_000_00),
    (date(2024, 8, 1), 1_00_000_00),
)

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Unit Quantity Codes of the tool for the units our lines use; services report "NA" and no quantity.
_UQC = {
    "nos": "NOS-NUMBERS",
    "pcs": "PCS-PIECES",
    "set": "SET-SETS",
    "kg": "KGS-KILOGRAMS",
    "m": "MTR-METERS",
    "box": "BOX-BOX",
    "sqft": "SQF-SQUARE FEET",
}


def b2cl_threshold_paise(day: date) -> int:
    """The invoice value above which an inter-state invoice to an unregistered person is B2CL."""
    return [paise for since, paise in B2CL_THRESHOLDS if since <= day][-1]


@dataclass(frozen=True, slots=True)
class OutwardLine:
    """A line's part of the return: its code, rate and taxable value (after discount)."""

    tax_code: str | None
    description: str
    unit: str
    quantity: Decimal
    tax_rate: Decimal
    taxable_paise: int


@dataclass(frozen=True, slots=True)
class Outward:
    """An issued tax invoice, credit note or debit note. A note names the invoice it corrects."""

    kind: str  # "invoice", "credit_note" or "debit_note"
    number: str
    day: date
    value_paise: int
    place_of_supply: str
    regime: TaxRegime
    recipient_gstin: str | None
    recipient_name: str
    lines: Sequence[OutwardLine]
    original: Outward | None = None


@dataclass(frozen=True, slots=True)
class AdvanceAmount:
    """Advance received (AT) or adjusted against an invoice (ATADJ), its taxable part."""

    place_of_supply: str
    tax_rate: Decimal
    taxable_paise: int


@dataclass(frozen=True, slots=True)
class DocumentRange:
    """One series' documents of the period for the documents-issued table."""

    nature: str  # "Invoices for outward supply", "Receipt Voucher", "Refund Voucher", ...
    first: str
    last: str
    total: int
    cancelled: int


@dataclass(slots=True)
class HsnAmount:
    """One code and rate of the HSN summary, net of notes: taxable value within the state (CGST +
    SGST) and across states (IGST); tax is worked out once on each sum, as the tool does. Callers
    that can sum in their database pass these; otherwise they are summed from the documents' lines."""

    registered: bool  # the B2B table (recipients with a GSTIN) or the B2C one
    code: str
    description: str
    unit: str
    tax_rate: Decimal
    quantity: Decimal = Decimal(0)
    intra_paise: int = 0
    inter_paise: int = 0


@dataclass(slots=True)
class _Builder:
    rows: dict[Gstr1Section, list[list[str]]] = field(default_factory=lambda: {s: [] for s in Gstr1Section})
    b2cs: dict[tuple[str, Decimal], int] = field(default_factory=dict)
    hsn: dict[tuple[bool, str, Decimal], HsnAmount] = field(default_factory=dict)


def rupees(paise: int) -> str:
    """``-123450`` paise is ``"-1234.50"``: what the tool reads as a value."""
    sign = "-" if paise < 0 else ""
    whole, cents = divmod(abs(paise), 100)
    return f"{sign}{whole}.{cents:02d}"


def tool_date(day: date) -> str:
    return f"{day.day:02d}-{_MONTHS[day.month - 1]}-{day.year}"


def place_label(code: str) -> str:
    return f"{code}-{state_for_code(code).name}"


def _rate(rate: Decimal) -> str:
    return f"{rate:.2f}"


def _by_rate(lines: Iterable[OutwardLine]) -> dict[Decimal, int]:
    totals: dict[Decimal, int] = {}
    for line in lines:
        totals[line.tax_rate] = totals.get(line.tax_rate, 0) + line.taxable_paise
    return dict(sorted(totals.items()))


def is_b2cl(invoice: Outward) -> bool:
    return (
        invoice.recipient_gstin is None
        and invoice.regime is TaxRegime.INTER_STATE
        and invoice.value_paise > b2cl_threshold_paise(invoice.day)
    )


def _invoice(b: _Builder, doc: Outward) -> None:
    pos = place_label(doc.place_of_supply)
    for rate, taxable in _by_rate(doc.lines).items():
        if doc.recipient_gstin:
            b.rows[Gstr1Section.B2B].append(
                [
                    doc.recipient_gstin,
                    doc.recipient_name,
                    doc.number,
                    tool_date(doc.day),
                    rupees(doc.value_paise),
                    pos,
                    "N",
                    "",
                    "Regular B2B",
                    "",
                    _rate(rate),
                    rupees(taxable),
                    "",
                ]
            )
        elif is_b2cl(doc):
            b.rows[Gstr1Section.B2CL].append(
                [
                    doc.number,
                    tool_date(doc.day),
                    rupees(doc.value_paise),
                    pos,
                    "",
                    _rate(rate),
                    rupees(taxable),
                    "",
                    "",
                ]
            )
        else:
            key = (doc.place_of_supply, rate)
            b.b2cs[key] = b.b2cs.get(key, 0) + taxable


def _note(b: _Builder, doc: Outward) -> None:
    pos = place_label(doc.place_of_supply)
    note_type = "C" if doc.kind == "credit_note" else "D"
    sign = -1 if note_type == "C" else 1
    original = doc.original
    for rate, taxable in _by_rate(doc.lines).items():
        if doc.recipient_gstin:
            b.rows[Gstr1Section.CDNR].append(
                [
                    doc.recipient_gstin,
                    doc.recipient_name,
                    doc.number,
                    tool_date(doc.day),
                    note_type,
                    pos,
                    "N",
                    "Regular",
                    rupees(doc.value_paise),
                    "",
                    _rate(rate),
                    rupees(taxable),
                    "",
                ]
            )
        elif original is not None and is_b2cl(original):
            b.rows[Gstr1Section.CDNUR].append(
                [
                    "B2CL",
                    doc.number,
                    tool_date(doc.day),
                    note_type,
                    pos,
                    rupees(doc.value_paise),
                    "",
                    _rate(rate),
                    rupees(taxable),
                    "",
                ]
            )
        else:
            # Notes on small supplies to unregistered people are netted in B2CS, not reported alone.
            key = (doc.place_of_supply, rate)
            b.b2cs[key] = b.b2cs.get(key, 0) + sign * taxable


def _hsn(b: _Builder, doc: Outward) -> None:
    registered = doc.recipient_gstin is not None
    sign = -1 if doc.kind == "credit_note" else 1
    inter = doc.regime is TaxRegime.INTER_STATE
    for line in doc.lines:
        code = line.tax_code or ""
        key = (registered, code, line.tax_rate)
        entry = b.hsn.get(key)
        if entry is None:
            entry = b.hsn[key] = HsnAmount(registered, code, line.description, line.unit, line.tax_rate)
        entry.quantity += sign * line.quantity
        if inter:
            entry.inter_paise += sign * line.taxable_paise
        else:
            entry.intra_paise += sign * line.taxable_paise


def _tax(taxable: int, rate: Decimal, share: int = 1) -> int:
    return round_half_up(Fraction(taxable) * Fraction(rate) / (100 * share))


def _hsn_rows(amounts: Iterable[HsnAmount]) -> dict[Gstr1Section, list[list[str]]]:
    rows: dict[Gstr1Section, list[list[str]]] = {Gstr1Section.HSN_B2B: [], Gstr1Section.HSN_B2C: []}
    for e in sorted(amounts, key=lambda e: (e.code, e.tax_rate)):
        service = e.code.startswith("99")
        uqc = "NA" if service else _UQC.get(e.unit.lower(), "OTH-OTHERS")
        quantity = "0" if service else f"{e.quantity:f}"
        igst, half = _tax(e.inter_paise, e.tax_rate), _tax(e.intra_paise, e.tax_rate, share=2)
        taxable = e.intra_paise + e.inter_paise
        rows[Gstr1Section.HSN_B2B if e.registered else Gstr1Section.HSN_B2C].append(
            [
                e.code,
                e.description,
                uqc,
                quantity,
                rupees(taxable + igst + 2 * half),
                _rate(e.tax_rate),
                rupees(taxable),
                rupees(igst),
                rupees(half),
                rupees(half),
                "",
            ]
        )
    return rows


def _advances(amounts: Iterable[AdvanceAmount]) -> list[list[str]]:
    totals: dict[tuple[str, Decimal], int] = {}
    for a in amounts:
        key = (a.place_of_supply, a.tax_rate)
        totals[key] = totals.get(key, 0) + a.taxable_paise
    return [
        [place_label(pos), "", _rate(rate), rupees(paise), ""]
        for (pos, rate), paise in sorted(totals.items())
    ]


def gstr1_sections(
    outward: Iterable[Outward],
    *,
    advances_received: Iterable[AdvanceAmount] = (),
    advances_adjusted: Iterable[AdvanceAmount] = (),
    documents: Iterable[DocumentRange] = (),
    hsn: Iterable[HsnAmount] | None = None,
) -> dict[Gstr1Section, list[list[str]]]:
    """Every section's rows (without the header: :data:`COLUMNS`) for one period's documents.

    Tax invoices and notes only (regime intra- or inter-state): bills of supply are not in GSTR-1.
    B2B and B2CL have one row per invoice and rate; B2CS is summed per place of supply and rate, net of
    the notes on its invoices; notes on B2CL invoices are CDNUR; HSN sums per code and rate, net of notes
    (from ``hsn`` when given, else from the documents' lines).
    """
    b = _Builder()
    for doc in outward:
        if doc.regime is TaxRegime.NONE:
            continue
        (_invoice if doc.kind == "invoice" else _note)(b, doc)
        if hsn is None:
            _hsn(b, doc)
    b.rows[Gstr1Section.B2CS] = [
        ["OE", place_label(pos), "", _rate(rate), rupees(paise), "", ""]
        for (pos, rate), paise in sorted(b.b2cs.items())
        if paise
    ]
    b.rows.update(_hsn_rows(b.hsn.values() if hsn is None else hsn))
    b.rows[Gstr1Section.AT] = _advances(advances_received)
    b.rows[Gstr1Section.ATADJ] = _advances(advances_adjusted)
    b.rows[Gstr1Section.DOCS] = [
        [d.nature, d.first, d.last, str(d.total), str(d.cancelled)] for d in documents
    ]
    return b.rows
