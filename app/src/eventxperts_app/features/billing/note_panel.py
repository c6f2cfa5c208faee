"""A credit note correcting an issued invoice (a discount given after issue, a service not delivered):
one line with its description, amount and GST rate, and the reason. The note is numbered in its own
series and reduces what is due; more than what is left of the invoice is NOTE_EXCEEDS_INVOICE."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft
import gst

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.forms import LineForm
from eventxperts_app.features.billing.line_editor import TAX_RATES
from eventxperts_app.features.billing.models import BillingDocument, DocumentKind
from eventxperts_app.features.billing.variables import note_variables
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import (
    THIRD,
    WHOLE,
    actions_row,
    box,
    button,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.required_fields import missing

Issued = Callable[[BillingDocument], Awaitable[None]]


class CreditNotePanel:
    def __init__(self, ctx: AppContext, labels: Labels, issued: Issued) -> None:
        self._ctx = ctx
        self._issued = issued
        self.invoice: BillingDocument | None = None
        self.description = box(labels, N_("What is credited"), col=WHOLE)
        self.amount = box(labels, N_("Amount before GST (₹)"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        self.tax_rate = ft.Dropdown(
            col=THIRD, options=[ft.DropdownOption(key=r, text=f"{r}%") for r in TAX_RATES]
        )
        labels.bind(self.tax_rate, "label", N_("GST rate"))
        self.reason = box(labels, N_("Reason"), col=THIRD)
        self.errors = FormErrors(
            labels,
            {
                "lines.0.description": text_field_slot(self.description),
                "lines.0.ratePaise": text_field_slot(self.amount),
                "lines.0.taxRate": dropdown_slot(self.tax_rate),
                "lines": text_field_slot(self.amount),
                "reason": text_field_slot(self.reason),
            },
        )
        self.submit = button(labels, N_("Issue credit note"), self._submit, filled=True)
        self.control = ft.Column(
            [
                heading(labels, N_("Credit note")),
                self.errors.banner,
                fields_row(self.description, self.amount, self.tax_rate, self.reason),
                actions_row(self.submit),
            ],
            spacing=8,
        )

    def start(self, invoice: BillingDocument) -> None:
        self.invoice = invoice
        self.errors.clear()
        self.description.value = self.amount.value = self.reason.value = ""
        self.tax_rate.value = str(gst.parse_rate(invoice.lines[0].tax_rate)) if invoice.lines else "18"

    async def _submit(self) -> None:
        invoice = self.invoice
        if invoice is None:
            return
        line = LineForm(
            description=self.description.value,
            rate_rupees=self.amount.value,
            tax_rate=self.tax_rate.value or "18",
        )
        built = note_variables(invoice.id, DocumentKind.CREDIT_NOTE, (line,), self.reason.value)
        problems = [
            *missing(**{"lines.0.description": line.description, "lines.0.ratePaise": line.rate_rupees}),
            *built.errors,
        ]
        self.errors.show(problems)
        if problems:
            self._ctx.refresh()
            return

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.change_document(self._ctx.client, "note", built.variables, t)
            )
            self.errors.show(result.errors)
            if result.document is not None and not result.errors:
                await self._issued(result.document)

        await run_action(self._ctx, self.errors, send, busy=self.submit)
