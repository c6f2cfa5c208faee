"""A Hyderabad decorator's season for the reports, on 1 December 2026 (a fixed clock), figures by hand.

Every invoice is the wedding's lines: 1,50,000 + 35,000 = 1,85,000 taxable at 18%, 2,18,300 in all.

| invoice | client | dated | paid | balance on 1 Dec (days) |
|---|---|---|---|---|
| INV/2627/1 | Uma Caterers (GSTIN, 37) | 1 Aug | 18,300 UPI 30 Nov; note 11,800 1 Dec | 1,88,200 (122: 90+) |
| INV/2627/2 | Lakshmi (36), CGST+SGST | 15 Sep | - | 2,18,300 (77: 61-90) |
| INV/2627/3 | Uma Caterers | 20 Oct | 2,18,300 bank transfer 28 Nov | 0 |
| INV/2627/4 | Lakshmi | 20 Nov | 1,00,000 cash 25 Nov; advance 23,600 adjusted 1 Dec | 94,700 (11: 0-30) |

The advance: a receipt voucher RV/2627/1 of 20,000 + 18% (23,600) received in cash on 1 December.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from billing_service.domain.documents import LineInput
from billing_service.domain.vocabulary import DocumentKind, PaymentMode
from billing_service.service_layer import clients, drafts, issuing, notes, payments
from billing_service.service_layer.dependencies import UseCaseDependencies
from servicekit.auth import Caller

from .scenarios import VIJAYAWADA_GSTIN, family_client, organizer_id, registered_decorator, wedding_lines

TODAY = date(2026, 12, 1)


def on_1_december(deps: UseCaseDependencies) -> UseCaseDependencies:
    return replace(deps, clock=lambda: datetime(2026, 12, 1, 6, 0, tzinfo=UTC))


@dataclass(frozen=True)
class Season:
    me: Caller
    lakshmi: uuid.UUID
    uma: uuid.UUID
    invoices: list[uuid.UUID]


async def _invoice(deps: UseCaseDependencies, me: Caller, client: uuid.UUID, day: date) -> uuid.UUID:
    draft = await drafts.save_draft(
        deps,
        me,
        drafts.SaveDraft(organizer_id(me), DocumentKind.INVOICE, wedding_lines(), client, document_date=day),
    )
    return (await issuing.issue_document(deps, me, draft.id)).id


async def _paid(
    deps: UseCaseDependencies, me: Caller, invoice: uuid.UUID, paise: int, mode: PaymentMode, day: date
) -> None:
    await payments.record_payment(deps, me, payments.RecordPayment(invoice, paise, mode, day))


async def a_season(deps: UseCaseDependencies) -> Season:
    """The table above, through the use cases (``deps`` on the fixed clock)."""
    me = await registered_decorator(deps)
    lakshmi = await family_client(deps, me)
    uma = await clients.save_client(
        deps,
        me,
        clients.SaveClient(organizer_id(me), "Uma Caterers", gstin=VIJAYAWADA_GSTIN, state_code="37"),
    )
    days = [
        (uma, date(2026, 8, 1)),
        (lakshmi, date(2026, 9, 15)),
        (uma, date(2026, 10, 20)),
        (lakshmi, date(2026, 11, 20)),
    ]
    invoices = [await _invoice(deps, me, client, day) for client, day in days]
    await _paid(deps, me, invoices[3], 1_00_000_00, PaymentMode.CASH, date(2026, 11, 25))
    await _paid(deps, me, invoices[2], 2_18_300_00, PaymentMode.BANK_TRANSFER, date(2026, 11, 28))
    await _paid(deps, me, invoices[0], 18_300_00, PaymentMode.UPI, date(2026, 11, 30))
    await notes.issue_note(
        deps,
        me,
        notes.IssueNote(
            invoices[0],
            DocumentKind.CREDIT_NOTE,
            [LineInput("Fewer lights", "1", 10_000_00, "18", tax_code="998596")],
        ),
    )
    advance = await payments.record_advance(
        deps,
        me,
        payments.RecordAdvance(
            organizer_id(me), lakshmi, "Advance for the wedding", 20_000_00, "18", PaymentMode.CASH, "998596"
        ),
    )
    await payments.record_payment(
        deps, me, payments.RecordPayment(invoices[3], 23_600_00, PaymentMode.ADVANCE, advance_id=advance.id)
    )
    return Season(me, lakshmi, uma, invoices)
