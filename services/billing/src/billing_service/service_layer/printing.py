"""What a document prints with: an issued one with the parties and regime fixed at issue; a draft or
quotation with the ones it would be issued with today (it is marked as a draft on the page)."""

from __future__ import annotations

from typing import Any

import gst

from billing_service.domain.documents import Document
from billing_service.domain.errors import BillingError
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus
from billing_service.printing.sheet import Printable
from billing_service.service_layer.issuing import recipient_of, regime_for, supplier_of
from billing_service.service_layer.unit_of_work import BillingUnitOfWork


async def _parties_now(
    uow: BillingUnitOfWork, document: Document
) -> tuple[dict[str, Any], dict[str, Any], str | None, gst.TaxRegime, str]:
    supplier, registration = await supplier_of(uow, document.organizer_id)
    recipient: dict[str, Any] = {}
    if document.client_id is not None:
        recipient = await recipient_of(uow, document)
    try:
        place, regime = regime_for(registration, supplier, recipient, document.event_state_code)
    except (BillingError, KeyError):
        place, regime = (
            None,
            gst.TaxRegime.NONE if not gst.charges_tax(registration) else gst.TaxRegime.INTRA_STATE,
        )
    if document.kind is DocumentKind.DELIVERY_CHALLAN:
        regime = gst.TaxRegime.NONE  # goods not supplied: no tax (decision 0045)
    title = (
        gst.document_title(registration).value
        if document.kind is DocumentKind.INVOICE
        else document.kind.value
    )
    return supplier, recipient, place, regime, title


async def printable_of(uow: BillingUnitOfWork, document: Document) -> Printable:
    images = await uow.images.of_organizer(document.organizer_id)
    against = None
    if document.source_id is not None and document.kind is not DocumentKind.INVOICE:
        source = await uow.documents.get(document.source_id)
        against = source.numbering.number if source and source.numbering else None
    if document.numbering is None:
        supplier, recipient, place, regime, title = await _parties_now(uow, document)
        return Printable(
            document,
            supplier,
            recipient,
            place,
            regime,
            title,
            against=against,
            has_logo="logo" in images,
            has_signature="signature" in images,
        )
    paid = balance = None
    if document.kind is DocumentKind.INVOICE and document.status is DocumentStatus.ISSUED:
        paid = await uow.documents.paid_paise(document.id)
        balance = await uow.documents.balance_paise(document)
    return Printable(
        document,
        document.supplier or {},
        document.recipient or {},
        document.place_of_supply,
        document.regime or gst.TaxRegime.NONE,
        document.title or document.kind.value,
        paid_paise=paid or 0,
        balance_paise=balance,
        against=against,
        has_logo="logo" in images,
        has_signature="signature" in images,
    )
