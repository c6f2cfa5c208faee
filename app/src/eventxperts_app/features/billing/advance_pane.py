"""An advance received before the invoice: a receipt voucher (Rule 50), numbered and issued at once,
with GST on the advance where due. It is adjusted against the invoice later ("Adjust an advance
receipt" when recording a payment)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.billing_data import BillingData
from eventxperts_app.features.billing.forms import AdvanceForm
from eventxperts_app.features.billing.line_editor import TAX_RATES
from eventxperts_app.features.billing.models import BillingDocument, PaymentMode
from eventxperts_app.features.billing.names import MODES
from eventxperts_app.features.billing.variables import advance_variables
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import (
    THIRD,
    WHOLE,
    actions_row,
    box,
    button,
    choice,
    fields_row,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.required_fields import missing

Recorded = Callable[[BillingDocument], Awaitable[None]]
Back = Callable[[], Awaitable[None]]


class AdvancePane:
    def __init__(
        self, ctx: AppContext, labels: Labels, data: BillingData, recorded: Recorded, back: Back
    ) -> None:
        self._ctx = ctx
        self._data = data
        self._recorded = recorded
        self.client = ft.Dropdown(col=THIRD, expand=True)
        labels.bind(self.client, "label", N_("Client"))
        self.description = box(labels, N_("What the advance is for"), col=WHOLE)
        self.amount = box(labels, N_("Amount before GST (₹)"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        self.tax_rate = ft.Dropdown(
            value="18", col=THIRD, options=[ft.DropdownOption(key=r, text=f"{r}%") for r in TAX_RATES]
        )
        labels.bind(self.tax_rate, "label", N_("GST rate"))
        self.mode = choice(labels, N_("Paid by"), MODES, col=THIRD, value=PaymentMode.UPI.value)
        self.reference = box(labels, N_("Reference (UTR, cheque no.)"), col=THIRD)
        self.errors = FormErrors(
            labels,
            {
                "clientId": dropdown_slot(self.client),
                "description": text_field_slot(self.description),
                "lines.0.description": text_field_slot(self.description),
                "amountPaise": text_field_slot(self.amount),
                "lines.0.ratePaise": text_field_slot(self.amount),
                "taxRate": dropdown_slot(self.tax_rate),
                "lines.0.taxRate": dropdown_slot(self.tax_rate),
                "mode": dropdown_slot(self.mode),
                "reference": text_field_slot(self.reference),
            },
        )
        self.submit = button(labels, N_("Record advance"), self._submit, filled=True)
        self.control = ft.Column(
            [
                screen_title(labels, N_("Advance receipt")),
                labels.text(N_("GST on an advance for services is due when it is received.")),
                self.errors.banner,
                fields_row(
                    self.client, self.description, self.amount, self.tax_rate, self.mode, self.reference
                ),
                actions_row(self.submit, button(labels, N_("Back to billing"), back)),
            ],
            spacing=12,
        )

    def start(self, client_id: str | None = None) -> None:
        self.errors.clear()
        self.client.options = [ft.DropdownOption(key=c.id, text=c.name) for c in self._data.clients]
        self.client.value = client_id
        self.description.value = self.amount.value = self.reference.value = ""

    def form(self) -> AdvanceForm:
        return AdvanceForm(
            client_id=self.client.value or "",
            description=self.description.value,
            amount_rupees=self.amount.value,
            tax_rate=self.tax_rate.value or "18",
            mode=PaymentMode(self.mode.value or PaymentMode.UPI.value),
            reference=self.reference.value,
        )

    async def _submit(self) -> None:
        form = self.form()
        built = advance_variables(form)
        problems = [
            *missing(clientId=form.client_id, description=form.description, amountPaise=form.amount_rupees),
            *built.errors,
        ]
        self.errors.show(problems)
        if problems:
            self._ctx.refresh()
            return

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.change_document(self._ctx.client, "advance", built.variables, t)
            )
            self.errors.show(result.errors)
            if result.document is not None and not result.errors:
                await self._recorded(result.document)

        await run_action(self._ctx, self.errors, send, busy=self.submit)
