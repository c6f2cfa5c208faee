"""Quotation -> accepted -> tax invoice, an advance and the balance, as an accountant would accept it."""

from __future__ import annotations

import gst
from billing_service.bootstrap import BillingServices
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus, PaymentMode
from billing_service.service_layer import drafts, issuing, payments, reads

from .scenarios import (
    VIJAYAWADA_GSTIN,
    draft_invoice,
    family_client,
    organizer_id,
    outbox_of,
    registered_decorator,
    wedding_lines,
)


async def test_an_accepted_quotation_becomes_a_numbered_tax_invoice_with_cgst_and_sgst(
    services: BillingServices,
) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me)
    quotation = await drafts.save_draft(
        deps,
        me,
        drafts.SaveDraft(
            organizer_id(me), DocumentKind.QUOTATION, wedding_lines(), client, event_state_code="36"
        ),
    )
    await drafts.answer_quotation(deps, me, quotation.id, accepted=True)
    invoice = await drafts.invoice_from_quotation(deps, me, quotation.id)
    issued = await issuing.issue_document(deps, me, invoice.id)

    year = gst.financial_year_of(deps.today())
    assert issued.numbering is not None
    assert issued.numbering.number == f"INV/{year.compact}/1"
    assert issued.title == "Tax Invoice"
    # 1,50,000 + 2 x 20,000 - 5,000 = 1,85,000 taxable; 9% + 9%.
    assert issued.amounts.taxable_paise == 1_85_000_00
    assert (issued.amounts.cgst_paise, issued.amounts.sgst_paise, issued.amounts.igst_paise) == (
        16_650_00,
        16_650_00,
        0,
    )
    assert issued.source_id == quotation.id
    assert [e["type"] for e in await outbox_of(deps, str(issued.id))] == ["billing.invoice.issued"]


async def test_a_registered_client_in_andhra_pradesh_is_charged_igst_wherever_the_event_is(
    services: BillingServices,
) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me, state="37", gstin=VIJAYAWADA_GSTIN)
    issued = await issuing.issue_document(deps, me, await draft_invoice(deps, me, client, event_state="36"))
    assert issued.place_of_supply == "37"
    assert issued.regime is gst.TaxRegime.INTER_STATE
    assert issued.amounts.igst_paise == 33_300_00


async def test_a_composition_organizer_issues_a_bill_of_supply_without_tax(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps, registration=gst.RegistrationType.COMPOSITION)
    issued = await issuing.issue_document(
        deps, me, await draft_invoice(deps, me, await family_client(deps, me))
    )
    assert issued.title == "Bill of Supply"
    assert issued.amounts.total_paise == issued.amounts.taxable_paise == 1_85_000_00


async def test_an_advance_and_the_balance_settle_the_invoice_and_announce_it_paid(
    services: BillingServices,
) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me)
    advance = await payments.record_advance(
        deps,
        me,
        payments.RecordAdvance(
            organizer_id(me), client, "Advance for the wedding", 50_000_00, "18", PaymentMode.UPI, "998596"
        ),
    )
    assert advance.numbering is not None
    assert advance.numbering.number.startswith("RV/")
    assert advance.amounts.total_paise == 59_000_00

    invoice = await issuing.issue_document(deps, me, await draft_invoice(deps, me, client))
    total = invoice.amounts.total_paise  # 2,18,300
    balance = await payments.record_payment(
        deps, me, payments.RecordPayment(invoice.id, 59_000_00, PaymentMode.ADVANCE, advance_id=advance.id)
    )
    assert balance == total - 59_000_00
    partly = await payments.record_payment(
        deps, me, payments.RecordPayment(invoice.id, 1_00_000_00, PaymentMode.CASH)
    )
    assert partly == total - 1_59_000_00
    assert (await reads.document(deps, me, invoice.id)).balance_paise == partly
    last = payments.RecordPayment(invoice.id, partly, PaymentMode.CHEQUE)
    assert await payments.record_payment(deps, me, last) == 0

    kinds = [e["type"] for e in await outbox_of(deps, str(invoice.id))]
    assert kinds == ["billing.invoice.issued", *["billing.payment.recorded"] * 3, "billing.invoice.paid"]


async def test_an_unused_advance_is_refunded_by_a_refund_voucher(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me)
    advance = await payments.record_advance(
        deps,
        me,
        payments.RecordAdvance(organizer_id(me), client, "Advance", 10_000_00, "18", PaymentMode.CASH),
    )
    refund = await payments.refund_advance(deps, me, advance.id, 11_800_00, "Wedding postponed indefinitely")
    assert refund.kind is DocumentKind.REFUND_VOUCHER
    assert refund.status is DocumentStatus.ISSUED
    assert refund.numbering is not None
    assert refund.numbering.number.startswith("RF/")
