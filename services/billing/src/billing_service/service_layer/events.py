"""The events this service records, wrapped for servicekit's outbox (contracts.billing)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import gst
from contracts import billing as b
from servicekit.events import Event

from billing_service.domain.documents import Document


def _numbered(document: Document) -> str:
    assert document.numbering is not None, "only issued documents are announced"
    return document.numbering.number


def invoice_issued(invoice: Document, now: datetime) -> Event:
    a = invoice.amounts
    payload = b.InvoiceIssuedV1(
        invoice_id=invoice.id,
        organizer_id=invoice.organizer_id,
        occurred_at=now,
        number=_numbered(invoice),
        title=invoice.title or "",
        document_date=invoice.document_date,
        financial_year=gst.financial_year_of(invoice.document_date).label,
        client_id=invoice.client_id,
        booking_id=invoice.booking_id,
        place_of_supply=invoice.place_of_supply,
        regime=(invoice.regime or gst.TaxRegime.NONE).value,
        taxable_paise=a.taxable_paise,
        cgst_paise=a.cgst_paise,
        sgst_paise=a.sgst_paise,
        igst_paise=a.igst_paise,
        total_paise=a.total_paise,
    )
    return Event(type=b.INVOICE_ISSUED, version=1, key=str(invoice.id), payload=payload)


def invoice_paid(invoice: Document, paid_paise: int, now: datetime) -> Event:
    payload = b.InvoicePaidV1(
        invoice_id=invoice.id,
        organizer_id=invoice.organizer_id,
        occurred_at=now,
        number=_numbered(invoice),
        total_paise=invoice.amounts.total_paise,
        paid_paise=paid_paise,
    )
    return Event(type=b.INVOICE_PAID, version=1, key=str(invoice.id), payload=payload)


def invoice_cancelled(invoice: Document, now: datetime) -> Event:
    payload = b.InvoiceCancelledV1(
        invoice_id=invoice.id,
        organizer_id=invoice.organizer_id,
        occurred_at=now,
        number=_numbered(invoice),
        booking_id=invoice.booking_id,
    )
    return Event(type=b.INVOICE_CANCELLED, version=1, key=str(invoice.id), payload=payload)


def payment_recorded(
    payment_id: uuid.UUID,
    document: Document,
    *,
    amount_paise: int,
    mode: str,
    received_on: date,
    balance_paise: int,
    now: datetime,
) -> Event:
    payload = b.PaymentRecordedV1.model_validate(
        {
            "payment_id": payment_id,
            "organizer_id": document.organizer_id,
            "occurred_at": now,
            "document_id": document.id,
            "document_kind": document.kind.value,
            "number": _numbered(document),
            "amount_paise": amount_paise,
            "mode": mode,
            "received_on": received_on,
            "balance_paise": balance_paise,
        }
    )
    return Event(type=b.PAYMENT_RECORDED, version=1, key=str(document.id), payload=payload)
