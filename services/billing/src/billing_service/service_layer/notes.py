"""Credit and debit notes: the only way an issued invoice is corrected (CGST s.34). A credit note
against an invoice of a closed financial year is accepted until 30 November after that year."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import gst
from servicekit.auth import Caller

from billing_service.domain.documents import Amounts, Document, LineInput, amounts_of, checked_lines
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus
from billing_service.service_layer.authorization import Operation
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.drafts import owned
from billing_service.service_layer.issuing import issue_in


@dataclass(frozen=True)
class IssueNote:
    invoice_id: uuid.UUID
    kind: DocumentKind  # CREDIT_NOTE or DEBIT_NOTE
    lines: list[LineInput]
    reason: str | None = None


def _check_deadline(invoice: Document, deps: UseCaseDependencies) -> None:
    year = gst.FinancialYear(invoice.numbering.financial_year) if invoice.numbering else None
    if year is not None and deps.today() > year.notes_accepted_until:
        raise BillingError(
            BillingErrorCode.FINANCIAL_YEAR_CLOSED,
            f"Notes against {year.label} invoices were accepted until {year.notes_accepted_until}.",
            "invoiceId",
        )


async def issue_note(deps: UseCaseDependencies, caller: Caller, command: IssueNote) -> Document:
    if command.kind not in (DocumentKind.CREDIT_NOTE, DocumentKind.DEBIT_NOTE):
        raise BillingError(BillingErrorCode.INVALID_TRANSITION, "A note is a credit or a debit note.", "kind")
    lines = checked_lines(command.lines)
    async with deps.unit_of_work() as uow:
        invoice = await owned(uow, caller, command.invoice_id, Operation.ISSUE_DOCUMENTS, for_update=True)
        invoice.require(DocumentKind.INVOICE, DocumentStatus.ISSUED)
        _check_deadline(invoice, deps)
        regime = invoice.regime or gst.TaxRegime.NONE
        amounts = amounts_of(lines, regime)
        if command.kind is DocumentKind.CREDIT_NOTE:
            room = (
                invoice.amounts.total_paise
                + await uow.documents.notes_paise(invoice.id, DocumentKind.DEBIT_NOTE)
                - await uow.documents.notes_paise(invoice.id, DocumentKind.CREDIT_NOTE)
            )
            if amounts.total_paise > room:
                raise BillingError(
                    BillingErrorCode.NOTE_EXCEEDS_INVOICE, f"At most {room} paise can be credited.", "lines"
                )
        note = Document(
            id=uuid.uuid4(),
            organizer_id=invoice.organizer_id,
            kind=command.kind,
            status=DocumentStatus.DRAFT,
            client_id=invoice.client_id,
            document_date=deps.today(),
            lines=lines,
            amounts=Amounts(),
            version=1,
            booking_id=invoice.booking_id,
            source_id=invoice.id,
            event_state_code=invoice.event_state_code,
            notes=(command.reason or "").strip()[:2000] or None,
        )
        await uow.documents.add(note)
        # A note's dates are today's, in the current year; its tax follows the invoice's place of supply.
        issued = await issue_in(uow, deps, note, None, regime=(invoice.place_of_supply or "", regime))
        await uow.commit()
    return issued
