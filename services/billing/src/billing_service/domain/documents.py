"""A billing document and its lines: drafts change freely; once issued, nothing of it changes again
(it is cancelled, or corrected by a credit or debit note)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

import gst

from billing_service.domain import inputs
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.domain.vocabulary import ChallanPurpose, DocumentKind, DocumentStatus

MAX_LINES = 200


@dataclass(frozen=True)
class LineInput:
    description: str
    quantity: str
    rate_paise: int
    tax_rate: str
    unit: str = "nos"
    tax_code: str | None = None
    discount_paise: int = 0


@dataclass(frozen=True)
class DocumentLine:
    description: str
    tax_code: str | None
    quantity: Decimal
    unit: str
    rate_paise: int
    discount_paise: int
    tax_rate: Decimal

    def as_gst_line(self) -> gst.Line:
        return gst.Line(self.quantity, self.rate_paise, self.tax_rate, self.discount_paise)


def checked_line(position: int, raw: LineInput) -> DocumentLine:
    """A line from input, every rule of gst.line applied; errors name ``lines.<n>.<field>``."""
    at = f"lines.{position}"
    description = inputs.name(raw.description, f"{at}.description")
    unit = inputs.name(raw.unit or "nos", f"{at}.unit")[:20]
    try:
        code = gst.normalise_tax_code(raw.tax_code).code if raw.tax_code else None
    except gst.GstError as error:
        raise inputs.from_gst(error, f"{at}.taxCode") from None
    try:
        line = gst.line(
            quantity=raw.quantity,
            rate_paise=raw.rate_paise,
            tax_rate=raw.tax_rate,
            discount_paise=raw.discount_paise,
        )
    except gst.GstError as error:
        field_of = {
            gst.GstErrorCode.INVALID_QUANTITY: "quantity",
            gst.GstErrorCode.INVALID_RATE: "taxRate",
            gst.GstErrorCode.INVALID_DISCOUNT: "discountPaise",
        }
        raise inputs.from_gst(error, f"{at}.{field_of.get(error.code, 'ratePaise')}") from None
    return DocumentLine(
        description, code, line.quantity, unit, line.rate_paise, line.discount_paise, line.tax_rate
    )


def checked_lines(raw: list[LineInput]) -> list[DocumentLine]:
    if not raw:
        raise BillingError(BillingErrorCode.NO_LINES, "A document has at least one line.", "lines")
    if len(raw) > MAX_LINES:
        raise BillingError(BillingErrorCode.TOO_MANY_LINES, f"At most {MAX_LINES} lines.", "lines")
    return [checked_line(i, line) for i, line in enumerate(raw)]


@dataclass(frozen=True)
class Amounts:
    taxable_paise: int = 0
    cgst_paise: int = 0
    sgst_paise: int = 0
    igst_paise: int = 0

    @property
    def total_paise(self) -> int:
        return self.taxable_paise + self.cgst_paise + self.sgst_paise + self.igst_paise


def amounts_of(lines: list[DocumentLine], regime: gst.TaxRegime) -> Amounts:
    totals = gst.document_totals([line.as_gst_line() for line in lines], regime)
    return Amounts(totals.taxable_paise, totals.cgst_paise, totals.sgst_paise, totals.igst_paise)


@dataclass(frozen=True)
class Numbering:
    """What issuing gave the document, never changed after."""

    series_id: uuid.UUID
    financial_year: int
    sequence: int
    number: str
    issued_at: datetime


@dataclass(frozen=True)
class Document:
    id: uuid.UUID
    organizer_id: uuid.UUID
    kind: DocumentKind
    status: DocumentStatus
    client_id: uuid.UUID | None
    document_date: date
    lines: list[DocumentLine]
    amounts: Amounts
    version: int
    booking_id: uuid.UUID | None = None
    source_id: uuid.UUID | None = None
    event_state_code: str | None = None
    notes: str | None = None
    numbering: Numbering | None = None
    supplier: dict[str, object] | None = None
    recipient: dict[str, object] | None = None
    place_of_supply: str | None = None
    regime: gst.TaxRegime | None = None
    title: str | None = None
    booking_changed_at: datetime | None = None
    cancelled_at: datetime | None = None
    cancellation_reason: str | None = None
    # A delivery challan's purpose and where the goods go (address, vehicle, values still to confirm).
    purpose: ChallanPurpose | None = None
    delivery: dict[str, object] | None = None
    order_id: uuid.UUID | None = None
    payments_paise: int = field(default=0, compare=False)

    @property
    def is_draft(self) -> bool:
        return self.status is DocumentStatus.DRAFT

    @property
    def values_to_confirm(self) -> list[str]:
        """A draft challan's items whose value billing guessed from the dispatch sheet."""
        pending = (self.delivery or {}).get("values_to_confirm")
        return [str(p) for p in pending] if isinstance(pending, list) else []

    def require_draft(self) -> None:
        """Issued documents are never edited or deleted (DOCUMENT_ISSUED); other states cannot be."""
        if self.status in (DocumentStatus.ISSUED, DocumentStatus.CANCELLED):
            raise BillingError(
                BillingErrorCode.DOCUMENT_ISSUED,
                "An issued document is never changed: cancel it or correct it with a credit or debit note.",
            )
        if not self.is_draft:
            raise BillingError(
                BillingErrorCode.INVALID_TRANSITION, f"A {self.status} {self.kind} is settled."
            )

    def require(self, kind: DocumentKind, status: DocumentStatus) -> None:
        if self.kind is not kind or self.status is not status:
            raise BillingError(
                BillingErrorCode.INVALID_TRANSITION,
                f"This needs a {status} {kind}; this document is a {self.status} {self.kind}.",
            )

    def with_status(self, status: DocumentStatus) -> Document:
        return replace(self, status=status, version=self.version + 1)
