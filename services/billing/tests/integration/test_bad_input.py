"""Bad input is a typed error with a code, and nothing of it is written."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta

import gst
import pytest
import sqlalchemy as sa
from billing_service.bootstrap import BillingServices
from billing_service.domain.documents import LineInput
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.domain.vocabulary import DocumentKind, PaymentMode
from billing_service.service_layer import clients, drafts, issuing, notes, payments, profile
from billing_service.service_layer.dependencies import UseCaseDependencies

from .scenarios import draft_invoice, family_client, organizer, organizer_id, registered_decorator


async def _count(deps: UseCaseDependencies, table: str) -> int:
    async with deps.unit_of_work() as uow:
        return int(await uow.session.scalar(sa.text(f"SELECT count(*) FROM {table}")) or 0)


async def _refused(code: BillingErrorCode, attempt: object) -> BillingError:
    with pytest.raises(BillingError) as raised:
        await attempt  # type: ignore[misc]
    assert raised.value.code == code
    return raised.value


@pytest.mark.parametrize(
    ("gstin", "state", "code"),
    [
        ("36AABCT1332L1ZE", "36", BillingErrorCode.INVALID_GSTIN),  # wrong check character
        (None, "99", BillingErrorCode.INVALID_STATE),
        ("36AABCT1332L1ZF", "37", BillingErrorCode.INVALID_STATE),  # state differs from the GSTIN's
    ],
)
async def test_a_client_with_a_bad_gstin_or_state_is_refused_and_not_saved(
    services: BillingServices, gstin: str | None, state: str, code: BillingErrorCode
) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    before = await _count(deps, "clients")
    command = clients.SaveClient(organizer_id(me), "Lakshmi", state_code=state, gstin=gstin)
    await _refused(code, clients.save_client(deps, me, command))
    assert await _count(deps, "clients") == before


@pytest.mark.parametrize(
    ("line", "code", "field"),
    [
        (LineInput("Chairs", "0", 1500, "18"), BillingErrorCode.INVALID_QUANTITY, "lines.0.quantity"),
        (LineInput("Chairs", "-2", 1500, "18"), BillingErrorCode.INVALID_QUANTITY, "lines.0.quantity"),
        (LineInput("Chairs", "2", 0, "18"), BillingErrorCode.INVALID_AMOUNT, "lines.0.ratePaise"),
        (LineInput("Chairs", "2", -5, "18"), BillingErrorCode.INVALID_AMOUNT, "lines.0.ratePaise"),
        (LineInput("Chairs", "2", 1500, "9"), BillingErrorCode.INVALID_RATE, "lines.0.taxRate"),
        (
            LineInput("Chairs", "2", 1500, "18", tax_code="12"),
            BillingErrorCode.INVALID_TAX_CODE,
            "lines.0.taxCode",
        ),
    ],
)
async def test_zero_or_negative_quantities_and_rates_are_refused(
    services: BillingServices, line: LineInput, code: BillingErrorCode, field: str
) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    before = await _count(deps, "documents")
    command = drafts.SaveDraft(organizer_id(me), DocumentKind.INVOICE, [line])
    assert (await _refused(code, drafts.save_draft(deps, me, command))).field == field
    assert await _count(deps, "documents") == before


async def test_an_issued_invoice_is_never_edited_or_deleted(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me)
    issued = await issuing.issue_document(deps, me, await draft_invoice(deps, me, client))
    edit = drafts.SaveDraft(
        organizer_id(me),
        DocumentKind.INVOICE,
        [LineInput("Less", "1", 100, "18")],
        client,
        document_id=issued.id,
    )
    await _refused(BillingErrorCode.DOCUMENT_ISSUED, drafts.save_draft(deps, me, edit))
    await _refused(BillingErrorCode.DOCUMENT_ISSUED, drafts.delete_draft(deps, me, issued.id))
    await _refused(BillingErrorCode.DOCUMENT_ISSUED, issuing.issue_document(deps, me, issued.id))


async def test_a_payment_over_the_balance_is_refused_and_not_recorded(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    issued = await issuing.issue_document(
        deps, me, await draft_invoice(deps, me, await family_client(deps, me))
    )
    before = await _count(deps, "payments")
    over = payments.RecordPayment(issued.id, issued.amounts.total_paise + 1, PaymentMode.UPI)
    await _refused(BillingErrorCode.PAYMENT_EXCEEDS_BALANCE, payments.record_payment(deps, me, over))
    zero = payments.RecordPayment(issued.id, 0, PaymentMode.UPI)
    await _refused(BillingErrorCode.INVALID_AMOUNT, payments.record_payment(deps, me, zero))
    assert await _count(deps, "payments") == before


async def test_an_invoice_dated_in_a_closed_financial_year_is_refused_and_keeps_no_number(
    services: BillingServices,
) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me)
    last_year = gst.financial_year_of(deps.today()).starts_on - timedelta(days=1)
    draft = await drafts.save_draft(
        deps,
        me,
        drafts.SaveDraft(
            organizer_id(me),
            DocumentKind.INVOICE,
            [LineInput("Decoration", "1", 100_00, "18")],
            client,
            document_date=last_year,
            event_state_code="36",
        ),
    )
    await _refused(BillingErrorCode.FINANCIAL_YEAR_CLOSED, issuing.issue_document(deps, me, draft.id))
    fixed = await drafts.save_draft(
        deps,
        me,
        replace(
            drafts.SaveDraft(
                organizer_id(me),
                DocumentKind.INVOICE,
                [LineInput("Decoration", "1", 100_00, "18")],
                client,
                event_state_code="36",
            ),
            document_id=draft.id,
            document_date=deps.today(),
        ),
    )
    issued = await issuing.issue_document(deps, me, fixed.id)
    assert issued.numbering is not None
    assert issued.numbering.sequence == 1


async def test_another_organizers_document_is_not_found(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    draft = await draft_invoice(deps, me, await family_client(deps, me))
    stranger = organizer()
    await _refused(BillingErrorCode.NOT_FOUND, issuing.issue_document(deps, stranger, draft))
    await _refused(BillingErrorCode.NOT_FOUND, drafts.delete_draft(deps, stranger, draft))
    await _refused(BillingErrorCode.NOT_FOUND, issuing.issue_document(deps, me, uuid.uuid4()))


@pytest.mark.parametrize("upi", ["saidecor", "sai decor@okaxis", "@okaxis", "sai@", "sai@ok axis"])
async def test_a_malformed_upi_id_is_refused(services: BillingServices, upi: str) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    command = profile.UpdateProfile(organizer_id(me), gst.RegistrationType.REGULAR, upi_id=upi)
    assert (
        await _refused(BillingErrorCode.INVALID_UPI_ID, profile.update_profile(deps, me, command))
    ).field == "upiId"


async def test_a_credit_note_may_not_credit_more_than_the_invoice(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    issued = await issuing.issue_document(
        deps, me, await draft_invoice(deps, me, await family_client(deps, me))
    )
    too_much = notes.IssueNote(
        issued.id, DocumentKind.CREDIT_NOTE, [LineInput("Refund", "1", 2_00_000_00, "18")]
    )
    await _refused(BillingErrorCode.NOTE_EXCEEDS_INVOICE, notes.issue_note(deps, me, too_much))
    fair = notes.IssueNote(
        issued.id, DocumentKind.CREDIT_NOTE, [LineInput("Shamiana short", "1", 10_000_00, "18")]
    )
    note = await notes.issue_note(deps, me, fair)
    assert note.numbering is not None
    assert note.numbering.number.startswith("CN/")
    assert note.amounts.cgst_paise == 900_00
