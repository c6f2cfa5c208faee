"""Events the billing service publishes: about invoices on topic `billing.invoice.v1` (key: the
invoice id), about money received on `billing.payment.v1` (key: the document paid against).

Version 1 payloads. Amounts are integer paise (INR). Clients' names and contacts are left out:
consumers that show them ask the graph, so an erased client's details live in one place.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict

INVOICE_ISSUED = "billing.invoice.issued"
INVOICE_PAID = "billing.invoice.paid"
INVOICE_CANCELLED = "billing.invoice.cancelled"
PAYMENT_RECORDED = "billing.payment.recorded"

TaxRegimeName = Literal["intra_state", "inter_state", "none"]
PaymentModeName = Literal["cash", "upi", "bank_transfer", "cheque", "advance"]
DocumentKindName = Literal[
    "quotation", "invoice", "receipt_voucher", "refund_voucher", "credit_note", "debit_note"
]


class _InvoiceEvent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    invoice_id: UUID
    organizer_id: UUID
    occurred_at: datetime
    number: str


class InvoiceIssuedV1(_InvoiceEvent):
    """An invoice (tax invoice, bill of supply or bill, as ``title`` says) was issued: numbered and
    final. ``financial_year`` is like "2026-27"; ``place_of_supply`` a GST state code."""

    title: str
    document_date: date
    financial_year: str
    client_id: UUID | None
    booking_id: UUID | None
    place_of_supply: str | None
    regime: TaxRegimeName
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    total_paise: int


class InvoicePaidV1(_InvoiceEvent):
    """Nothing is due on the invoice any more (payments and notes settle its total)."""

    total_paise: int
    paid_paise: int


class InvoiceCancelledV1(_InvoiceEvent):
    """An issued invoice was cancelled; it keeps its number, which is never used again."""

    booking_id: UUID | None


class PaymentRecordedV1(BaseModel):
    """Money received against a document: an invoice's payment (or an advance adjusted against it,
    mode ``advance``), or the advance of a receipt voucher."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    payment_id: UUID
    organizer_id: UUID
    occurred_at: datetime
    document_id: UUID
    document_kind: DocumentKindName
    number: str
    amount_paise: int
    mode: PaymentModeName
    received_on: date
    balance_paise: int
