"""Issuing: the document gets its number, the parties' details as printed and its tax, all at once,
inside one transaction; from then on it is never edited, deleted or renumbered."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

import gst
import india
from servicekit.auth import Caller

from billing_service.domain.documents import Document, Numbering, amounts_of
from billing_service.domain.errors import BillingError, BillingErrorCode, not_found
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus
from billing_service.service_layer import events
from billing_service.service_layer.authorization import Operation
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.drafts import owned
from billing_service.service_layer.profile import ensure_default_series
from billing_service.service_layer.unit_of_work import BillingUnitOfWork


def _incomplete(message: str) -> BillingError:
    return BillingError(BillingErrorCode.PROFILE_INCOMPLETE, message)


async def supplier_of(
    uow: BillingUnitOfWork, organizer_id: uuid.UUID
) -> tuple[dict[str, Any], gst.RegistrationType]:
    """The supplier as the document prints it, from the profile facts and the billing profile."""
    facts = await uow.profiles.facts(organizer_id)
    profile = await uow.profiles.profile(organizer_id)
    if facts is None or not facts.state_code:
        raise _incomplete("Add your business's state to your profile before issuing.")
    registration = (
        gst.RegistrationType(profile.registration_type) if profile else gst.RegistrationType.REGULAR
    )
    if registration is gst.RegistrationType.REGULAR and not facts.gstin:
        raise _incomplete("A registered business issues tax invoices with its GSTIN: add it to your profile.")
    supplier = {
        "name": (profile.legal_name if profile and profile.legal_name else None)
        or facts.business_name
        or facts.name,
        "gstin": facts.gstin if registration is not gst.RegistrationType.UNREGISTERED else None,
        "state_code": facts.state_code,
        "address": facts.address,
        "registration_type": registration.value,
        "upi_id": profile.upi_id if profile else None,
        "bank_account": profile.bank_account if profile else None,
        "terms": profile.default_terms if profile else None,
    }
    return supplier, registration


async def recipient_of(uow: BillingUnitOfWork, document: Document) -> dict[str, Any]:
    if document.client_id is None:
        raise BillingError(BillingErrorCode.INVALID_INPUT, "Choose the client before issuing.", "clientId")
    client = await uow.profiles.client(document.client_id)
    if client is None:
        raise not_found("client", "clientId")
    return {
        "client_id": str(client.id),
        "name": client.name,
        "gstin": client.gstin,
        "state_code": client.state_code,
        "address": client.address,
        "email": client.email,
        "phones": list(client.phones),
    }


def check_financial_year(document_date: date, today: date) -> gst.FinancialYear:
    """Documents are issued in the current financial year: a date in a closed year is refused."""
    year = gst.financial_year_of(document_date)
    current = gst.financial_year_of(today)
    if year < current:
        raise BillingError(
            BillingErrorCode.FINANCIAL_YEAR_CLOSED,
            f"The financial year {year.label} is closed: date the document in {current.label}.",
            "documentDate",
        )
    if document_date > today:
        raise BillingError(
            BillingErrorCode.INVALID_DATE, "A document is not dated in the future.", "documentDate"
        )
    return year


async def series_for(uow: BillingUnitOfWork, document: Document, series_id: uuid.UUID | None) -> Any:
    every = await ensure_default_series(uow, document.organizer_id)
    if series_id is not None:
        series = next((s for s in every if s.id == series_id), None)
        if series is None:
            raise not_found("series", "seriesId")
        if series.kind != document.kind.value:
            raise BillingError(
                BillingErrorCode.WRONG_SERIES_KIND, f"That series numbers {series.kind}s.", "seriesId"
            )
        return series
    return next(s for s in every if s.kind == document.kind.value)


def regime_for(
    registration: gst.RegistrationType,
    supplier: dict[str, Any],
    recipient: dict[str, Any],
    event_state: str | None,
) -> tuple[str, gst.TaxRegime]:
    try:
        place = gst.place_of_supply_for_event(
            recipient_gstin=recipient["gstin"],
            recipient_state=recipient["state_code"],
            event_state=event_state,
        )
    except india.UnknownState:
        raise BillingError(
            BillingErrorCode.INVALID_STATE, "Give the client's state or the event's state.", "eventStateCode"
        ) from None
    regime = gst.tax_regime(
        registration=registration, supplier_state=supplier["state_code"], place_of_supply=place
    )
    return place, regime


async def issue_in(
    uow: BillingUnitOfWork,
    deps: UseCaseDependencies,
    document: Document,
    series_id: uuid.UUID | None,
    *,
    regime: tuple[str, gst.TaxRegime] | None = None,
    title: str | None = None,
) -> Document:
    """Number and freeze ``document`` inside the caller's unit of work (not committed here).

    Everything but the number is worked out and written first; the series' counter row is locked by
    the last statement, so it is held only for that statement, the outbox row and the commit."""
    year = check_financial_year(document.document_date, deps.today())
    supplier, registration = await supplier_of(uow, document.organizer_id)
    recipient = await recipient_of(uow, document)
    place, tax = regime or regime_for(registration, supplier, recipient, document.event_state_code)
    series = await series_for(uow, document, series_id)
    frozen = replace(
        document,
        version=document.version + 1,
        supplier=supplier,
        recipient=recipient,
        place_of_supply=place,
        regime=tax,
        title=title or gst.document_title(registration).value,
        amounts=amounts_of(document.lines, tax),
    )
    await uow.documents.save_header(frozen)
    return await numbered(
        uow, frozen, Numbering(series.id, year.start_year, 0, "", deps.clock()), series.prefix
    )


async def numbered(uow: BillingUnitOfWork, frozen: Document, numbering: Numbering, prefix: str) -> Document:
    year = gst.FinancialYear(numbering.financial_year)
    stem, last = gst.number_stem(prefix, year), gst.last_sequence(prefix, year)
    taken = await uow.documents.take_number(frozen.id, numbering, stem, last)
    if taken is None:
        raise BillingError(
            BillingErrorCode.SERIES_EXHAUSTED,
            f"The series {prefix} has no more numbers for {year.label}: start another series.",
            "seriesId",
        )
    sequence, number = taken
    return replace(
        frozen, status=DocumentStatus.ISSUED, numbering=replace(numbering, sequence=sequence, number=number)
    )


async def issue_document(
    deps: UseCaseDependencies, caller: Caller, document_id: uuid.UUID, series_id: uuid.UUID | None = None
) -> Document:
    """Issue a draft invoice: its number comes from the series' counter row, locked until commit."""
    async with deps.unit_of_work() as uow:
        draft = await owned(uow, caller, document_id, Operation.ISSUE_DOCUMENTS, for_update=True)
        draft.require_draft()
        draft.require(DocumentKind.INVOICE, DocumentStatus.DRAFT)
        issued = await issue_in(uow, deps, draft, series_id)
        uow.publish(events.invoice_issued(issued, deps.clock()))
        await uow.commit()
    return issued


async def cancel_document(
    deps: UseCaseDependencies, caller: Caller, document_id: uuid.UUID, reason: str
) -> Document:
    """Cancel an issued invoice that nothing was paid or noted against; it keeps its number."""
    async with deps.unit_of_work() as uow:
        invoice = await owned(uow, caller, document_id, Operation.CANCEL_DOCUMENTS, for_update=True)
        invoice.require(DocumentKind.INVOICE, DocumentStatus.ISSUED)
        if await uow.documents.balance_paise(invoice) != invoice.amounts.total_paise:
            raise BillingError(
                BillingErrorCode.HAS_PAYMENTS,
                "Payments or notes are recorded against this invoice: correct it with a credit note.",
            )
        cancelled = replace(
            invoice.with_status(DocumentStatus.CANCELLED),
            cancelled_at=deps.clock(),
            cancellation_reason=(reason.strip() or None),
        )
        await uow.documents.save(cancelled)
        uow.publish(events.invoice_cancelled(cancelled, deps.clock()))
        await uow.commit()
    return cancelled
