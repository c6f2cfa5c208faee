"""Drafts: quotations and invoices before issue, changed freely; a quotation is accepted or declined,
and an accepted one becomes a draft invoice with its lines."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

import gst
from servicekit.auth import Caller
from servicekit.errors import Forbidden

from billing_service.domain import inputs
from billing_service.domain.documents import (
    Amounts,
    Document,
    DocumentLine,
    LineInput,
    amounts_of,
    checked_lines,
)
from billing_service.domain.errors import BillingError, BillingErrorCode, not_found
from billing_service.domain.vocabulary import ChallanPurpose, DocumentKind, DocumentStatus
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.unit_of_work import BillingUnitOfWork

DRAFTABLE = (DocumentKind.QUOTATION, DocumentKind.INVOICE, DocumentKind.DELIVERY_CHALLAN)


@dataclass(frozen=True)
class SaveDraft:
    organizer_id: uuid.UUID
    kind: DocumentKind
    lines: list[LineInput]
    client_id: uuid.UUID | None = None
    document_id: uuid.UUID | None = None
    document_date: date | None = None
    event_state_code: str | None = None
    booking_id: uuid.UUID | None = None
    notes: str | None = None


async def owned(
    uow: BillingUnitOfWork,
    caller: Caller,
    document_id: uuid.UUID,
    operation: Operation,
    *,
    for_update: bool = False,
) -> Document:
    """The document when the caller may do ``operation`` on it; NOT_FOUND for another organizer's."""
    document = await uow.documents.get(document_id, for_update=for_update)
    if document is None:
        raise not_found()
    try:
        authorize(caller, operation, owner_id=str(document.organizer_id))
    except Forbidden:
        raise not_found() from None
    return document


async def _check_client(uow: BillingUnitOfWork, organizer_id: uuid.UUID, client_id: uuid.UUID | None) -> None:
    if client_id is None:
        return
    client = await uow.profiles.client(client_id)
    if client is None or client.organizer_id != organizer_id or client.erased_at is not None:
        raise not_found("client", "clientId")


def _provisional(lines: list[DocumentLine], kind: DocumentKind) -> Amounts:
    # Live totals of a draft as within one state; issuing computes the regime from both parties. A
    # challan carries no tax (decision 0045).
    if kind is DocumentKind.DELIVERY_CHALLAN:
        return amounts_of(lines, gst.TaxRegime.NONE)
    return amounts_of(lines, gst.TaxRegime.INTRA_STATE)


async def save_draft(deps: UseCaseDependencies, caller: Caller, command: SaveDraft) -> Document:
    authorize(caller, Operation.WRITE_DRAFTS, owner_id=str(command.organizer_id))
    if command.kind not in DRAFTABLE:
        raise BillingError(
            BillingErrorCode.INVALID_TRANSITION,
            "Only quotations, invoices and delivery challans are drafted.",
            "kind",
        )
    lines = checked_lines(command.lines)
    event_state = inputs.state_code(command.event_state_code, "eventStateCode")
    notes = inputs.optional_text(command.notes, "notes")
    async with deps.unit_of_work() as uow:
        await _check_client(uow, command.organizer_id, command.client_id)
        if command.document_id is None:
            document = Document(
                id=uuid.uuid4(),
                organizer_id=command.organizer_id,
                kind=command.kind,
                status=DocumentStatus.DRAFT,
                client_id=command.client_id,
                document_date=command.document_date or deps.today(),
                lines=lines,
                amounts=_provisional(lines, command.kind),
                version=1,
                booking_id=command.booking_id,
                event_state_code=event_state,
                notes=notes,
                purpose=ChallanPurpose.OTHER if command.kind is DocumentKind.DELIVERY_CHALLAN else None,
            )
            await uow.documents.add(document)
        else:
            existing = await owned(uow, caller, command.document_id, Operation.WRITE_DRAFTS, for_update=True)
            existing.require_draft()
            document = replace(
                existing,
                client_id=command.client_id,
                lines=lines,
                amounts=_provisional(lines, existing.kind),
                document_date=command.document_date or existing.document_date,
                event_state_code=event_state,
                notes=notes,
                version=existing.version + 1,
                # Saved by the organizer, every value on it is theirs: none is left to confirm.
                delivery={**existing.delivery, "values_to_confirm": []} if existing.delivery else None,
            )
            await uow.documents.save(document)
        await uow.profiles.remember_items(command.organizer_id, list(lines), deps.clock())
        await uow.commit()
    return document


async def delete_draft(deps: UseCaseDependencies, caller: Caller, document_id: uuid.UUID) -> None:
    """Drafts hold no number, so deleting one leaves no gap; an issued document is never deleted."""
    async with deps.unit_of_work() as uow:
        document = await owned(uow, caller, document_id, Operation.WRITE_DRAFTS, for_update=True)
        document.require_draft()
        await uow.documents.delete_draft(document.id)
        await uow.commit()


async def answer_quotation(
    deps: UseCaseDependencies, caller: Caller, document_id: uuid.UUID, *, accepted: bool
) -> Document:
    async with deps.unit_of_work() as uow:
        quotation = await owned(uow, caller, document_id, Operation.WRITE_DRAFTS, for_update=True)
        quotation.require(DocumentKind.QUOTATION, DocumentStatus.DRAFT)
        answered = quotation.with_status(DocumentStatus.ACCEPTED if accepted else DocumentStatus.DECLINED)
        await uow.documents.save(answered)
        await uow.commit()
    return answered


async def invoice_from_quotation(
    deps: UseCaseDependencies, caller: Caller, quotation_id: uuid.UUID
) -> Document:
    """A draft invoice with the accepted quotation's client, lines and booking."""
    async with deps.unit_of_work() as uow:
        quotation = await owned(uow, caller, quotation_id, Operation.WRITE_DRAFTS)
        quotation.require(DocumentKind.QUOTATION, DocumentStatus.ACCEPTED)
        invoice = replace(
            quotation,
            id=uuid.uuid4(),
            kind=DocumentKind.INVOICE,
            status=DocumentStatus.DRAFT,
            source_id=quotation.id,
            document_date=deps.today(),
            version=1,
        )
        await uow.documents.add(invoice)
        await uow.commit()
    return invoice
