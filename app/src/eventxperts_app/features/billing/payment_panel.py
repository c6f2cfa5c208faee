"""Money received against an issued invoice: the amount (the balance is offered), how it came (cash,
UPI, bank transfer, cheque, or an advance receipt adjusted), its reference and day. Partial payments
are fine; more than the balance is the service's PAYMENT_EXCEEDS_BALANCE, beside the amount."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.forms import PaymentForm
from eventxperts_app.features.billing.line_editor import rupees_text
from eventxperts_app.features.billing.models import BillingDocument, PaymentMode
from eventxperts_app.features.billing.names import PAYMENT_MODES
from eventxperts_app.features.billing.variables import payment_variables
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import (
    THIRD,
    actions_row,
    box,
    button,
    choice,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import paise_text
from eventxperts_app.ui.required_fields import missing

Recorded = Callable[[int], Awaitable[None]]  # the balance due after the payment


class PaymentPanel:
    def __init__(self, ctx: AppContext, labels: Labels, recorded: Recorded) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self._recorded = recorded
        self.invoice: BillingDocument | None = None
        self.advances: tuple[BillingDocument, ...] = ()
        self.amount = box(labels, N_("Amount received (₹)"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        self.mode = choice(labels, N_("Paid by"), PAYMENT_MODES, col=THIRD, value=PaymentMode.UPI.value)
        self.mode.on_select = lambda _: self._mode_chosen()
        self.advance = ft.Dropdown(col=THIRD, expand=True, visible=False)
        labels.bind(self.advance, "label", N_("Advance receipt"))
        self.reference = box(labels, N_("Reference (UTR, cheque no.)"), col=THIRD)
        self.received_on = box(labels, N_("Received on (YYYY-MM-DD, empty for today)"), col=THIRD)
        self.errors = FormErrors(
            labels,
            {
                "amountPaise": text_field_slot(self.amount),
                "mode": dropdown_slot(self.mode),
                "advanceId": dropdown_slot(self.advance),
                "reference": text_field_slot(self.reference),
                "receivedOn": text_field_slot(self.received_on),
            },
        )
        self.submit = button(labels, N_("Record payment"), self._submit, filled=True)
        self.control = ft.Column(
            [
                heading(labels, N_("Record a payment")),
                self.errors.banner,
                fields_row(self.amount, self.mode, self.advance, self.reference, self.received_on),
                actions_row(self.submit),
            ],
            spacing=8,
        )

    def start(self, invoice: BillingDocument, advances: tuple[BillingDocument, ...]) -> None:
        """For `invoice`, offering its balance and the advance receipts of its client."""
        self.invoice = invoice
        self.advances = tuple(a for a in advances if a.client_id == invoice.client_id)
        self.errors.clear()
        self.amount.value = rupees_text(invoice.balance_paise or 0)
        self.reference.value = self.received_on.value = ""
        self.advance.options = [
            ft.DropdownOption(key=a.id, text=f"{a.number or ''} · {paise_text(a.amounts.total_paise)}")
            for a in self.advances
        ]
        self.advance.value = self.advances[0].id if self.advances else None
        self._mode_chosen()

    def _mode_chosen(self) -> None:
        adjusting = self.mode.value == PaymentMode.ADVANCE.value
        self.advance.visible = adjusting
        chosen = next((a for a in self.advances if a.id == self.advance.value), None)
        if adjusting and chosen is not None and self.invoice is not None:
            self.amount.value = rupees_text(min(chosen.amounts.total_paise, self.invoice.balance_paise or 0))

    def form(self) -> PaymentForm:
        return PaymentForm(
            amount_rupees=self.amount.value,
            mode=PaymentMode(self.mode.value or PaymentMode.UPI.value),
            received_on=self.received_on.value,
            reference=self.reference.value,
            advance_id=self.advance.value or "",
        )

    async def _submit(self) -> None:
        invoice = self.invoice
        if invoice is None:
            return
        form = self.form()
        built = payment_variables(invoice.id, form)
        problems = [*missing(amountPaise=form.amount_rupees), *built.errors]
        if form.mode is PaymentMode.ADVANCE:
            problems += missing(advanceId=form.advance_id)
        self.errors.show(problems)
        if problems:
            self._ctx.refresh()
            return

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.record_payment(self._ctx.client, built.variables, t)
            )
            self.errors.show(result.errors)
            if result.balance_paise is not None and not result.errors:
                await self._recorded(result.balance_paise)

        await run_action(self._ctx, self.errors, send, busy=self.submit)
