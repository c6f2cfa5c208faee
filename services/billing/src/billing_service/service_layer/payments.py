"""Money: payments against an invoice (partial ones too), advances on receipt vouchers and their
adjustment against invoices, refunds of advances."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import gst
from servicekit.auth import Caller

from billing_service.domain.documents import Amounts, Document, LineInput, checked_lines
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus, PaymentMode
from billing_service.service_layer import events
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.drafts import owned
from billing_service.service_layer.issuing import issue_in
from billing_service.service_layer.unit_of_work import BillingUnitOfWork


@dataclass(frozen=True)
class RecordPayment:
    invoice_id: uuid.UUID
    amount_paise: int
    mode: PaymentMode
    received_on: date | None = None
    reference: str | None = None
    advance_id: uuid.UUID | None = None  # with mode ADVANCE: the receipt voucher adjusted


@dataclass(frozen=True)
class RecordAdvance:
    organizer_id: uuid.UUID
    client_id: uuid.UUID
    description: str
    amount_paise: int  # the advance's taxable value; tax where due is added (Rule 50)
    tax_rate: str
    mode: PaymentMode
    tax_code: str | None = None
    booking_id: uuid.UUID | None = None
    event_state_code: str | None = None
    reference: str | None = None


def _positive(amount_paise: int) -> None:
    if amount_paise <= 0:
        raise BillingError(BillingErrorCode.INVALID_AMOUNT, "An amount is more than zero.", "amountPaise")


async def _add_payment(
    uow: BillingUnitOfWork,
    deps: UseCaseDependencies,
    document: Document,
    command: RecordPayment,
    balance_after: int,
) -> uuid.UUID:
    payment_id = uuid.uuid4()
    received_on = command.received_on or deps.today()
    await uow.documents.add_payment(
        {
            "id": payment_id,
            "organizer_id": document.organizer_id,
            "document_id": document.id,
            "amount_paise": command.amount_paise,
            "mode": command.mode.value,
            "received_on": received_on,
            "reference": (command.reference or "").strip()[:200] or None,
            "advance_id": command.advance_id,
            "created_at": deps.clock(),
        }
    )
    uow.publish(
        events.payment_recorded(
            payment_id,
            document,
            amount_paise=command.amount_paise,
            mode=command.mode.value,
            received_on=received_on,
            balance_paise=balance_after,
            now=deps.clock(),
        )
    )
    return payment_id


async def _check_advance(
    uow: BillingUnitOfWork, caller: Caller, invoice: Document, command: RecordPayment
) -> None:
    if command.mode is not PaymentMode.ADVANCE or command.advance_id is None:
        raise BillingError(
            BillingErrorCode.INVALID_INPUT, "An adjusted advance names its receipt voucher.", "advanceId"
        )
    advance = await owned(uow, caller, command.advance_id, Operation.RECORD_PAYMENTS, for_update=True)
    advance.require(DocumentKind.RECEIPT_VOUCHER, DocumentStatus.ISSUED)
    if advance.client_id != invoice.client_id:
        raise BillingError(BillingErrorCode.INVALID_INPUT, "That advance is another client's.", "advanceId")
    unused = advance.amounts.total_paise - await uow.documents.advance_used_paise(advance.id)
    if command.amount_paise > unused:
        raise BillingError(
            BillingErrorCode.PAYMENT_EXCEEDS_BALANCE,
            f"Only {unused} paise of that advance are unused.",
            "amountPaise",
        )


async def record_payment(deps: UseCaseDependencies, caller: Caller, command: RecordPayment) -> int:
    """Record money received against an issued invoice; the balance due after it is returned. The
    invoice row is locked, so two payments at once cannot both pass the balance check."""
    _positive(command.amount_paise)
    async with deps.unit_of_work() as uow:
        invoice = await owned(uow, caller, command.invoice_id, Operation.RECORD_PAYMENTS, for_update=True)
        invoice.require(DocumentKind.INVOICE, DocumentStatus.ISSUED)
        if command.mode is PaymentMode.ADVANCE or command.advance_id is not None:
            await _check_advance(uow, caller, invoice, command)
        balance = await uow.documents.balance_paise(invoice)
        if command.amount_paise > balance:
            raise BillingError(
                BillingErrorCode.PAYMENT_EXCEEDS_BALANCE,
                f"The balance due is {balance} paise.",
                "amountPaise",
            )
        await _add_payment(uow, deps, invoice, command, balance - command.amount_paise)
        if balance == command.amount_paise:
            paid = await uow.documents.paid_paise(invoice.id)
            uow.publish(events.invoice_paid(invoice, paid, deps.clock()))
        await uow.commit()
    return balance - command.amount_paise


async def record_advance(deps: UseCaseDependencies, caller: Caller, command: RecordAdvance) -> Document:
    """An advance received before invoicing: a receipt voucher, numbered and issued at once, with GST
    on it where due (services: when received), and the money recorded against it."""
    authorize(caller, Operation.RECORD_PAYMENTS, owner_id=str(command.organizer_id))
    _positive(command.amount_paise)
    lines = checked_lines(
        [
            LineInput(
                command.description, "1", command.amount_paise, command.tax_rate, tax_code=command.tax_code
            )
        ]
    )
    voucher = Document(
        id=uuid.uuid4(),
        organizer_id=command.organizer_id,
        kind=DocumentKind.RECEIPT_VOUCHER,
        status=DocumentStatus.DRAFT,
        client_id=command.client_id,
        document_date=deps.today(),
        lines=lines,
        amounts=Amounts(),
        version=1,
        booking_id=command.booking_id,
        event_state_code=command.event_state_code,
    )
    async with deps.unit_of_work() as uow:
        client = await uow.profiles.client(command.client_id)
        if client is None or client.organizer_id != command.organizer_id:
            raise BillingError(BillingErrorCode.NOT_FOUND, "No such client.", "clientId")
        await uow.documents.add(voucher)
        issued = await issue_in(uow, deps, voucher, None)
        payment = RecordPayment(
            issued.id, issued.amounts.total_paise, command.mode, reference=command.reference
        )
        await _add_payment(uow, deps, issued, payment, 0)
        await uow.commit()
    return issued


async def refund_advance(
    deps: UseCaseDependencies, caller: Caller, advance_id: uuid.UUID, amount_paise: int, reason: str
) -> Document:
    """A refund voucher (Rule 51) for what of an advance was not adjusted, e.g. the event was called off."""
    _positive(amount_paise)
    async with deps.unit_of_work() as uow:
        advance = await owned(uow, caller, advance_id, Operation.RECORD_PAYMENTS, for_update=True)
        advance.require(DocumentKind.RECEIPT_VOUCHER, DocumentStatus.ISSUED)
        unused = advance.amounts.total_paise - await uow.documents.advance_used_paise(advance.id)
        if amount_paise > unused:
            raise BillingError(
                BillingErrorCode.REFUND_EXCEEDS_ADVANCE,
                f"Only {unused} paise of the advance are unused.",
                "amountPaise",
            )
        lines = checked_lines([LineInput(reason or "Refund of advance", "1", amount_paise, "0")])
        refund = Document(
            id=uuid.uuid4(),
            organizer_id=advance.organizer_id,
            kind=DocumentKind.REFUND_VOUCHER,
            status=DocumentStatus.DRAFT,
            client_id=advance.client_id,
            document_date=deps.today(),
            lines=lines,
            amounts=Amounts(),
            version=1,
            booking_id=advance.booking_id,
            source_id=advance.id,
        )
        await uow.documents.add(refund)
        issued = await issue_in(
            uow, deps, refund, None, regime=(advance.place_of_supply or "", gst.TaxRegime.NONE)
        )
        await uow.commit()
    return issued
