"""One billing document: its number (once issued) and status, the client, the lines, the totals and tax
split as the billing service computed them, the amount in words, the balance due, and what its kind
and status allow: accept or decline a quotation, make the invoice, issue it, record payments, a credit
note; its PDF, WhatsApp and email (send_panel.py); and the booking it was made from (booking_link.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.billing_data import BillingData
from eventxperts_app.features.billing.booking_link import BookingLink
from eventxperts_app.features.billing.document_summary import header_lines, line_texts
from eventxperts_app.features.billing.models import (
    BillingDocument,
    ChallanPurpose,
    DocumentKind,
    DocumentStatus,
)
from eventxperts_app.features.billing.names import PURPOSES
from eventxperts_app.features.billing.note_panel import CreditNotePanel
from eventxperts_app.features.billing.payment_panel import PaymentPanel
from eventxperts_app.features.billing.send_panel import SendPanel
from eventxperts_app.features.billing.totals_view import document_lines
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_layout import actions_row, button, card, choice, fields_row
from eventxperts_app.ui.labels import Labels

Back = Callable[[], Awaitable[None]]
Edit = Callable[[BillingDocument], Awaitable[None]]
Key = tuple[DocumentKind, DocumentStatus]
# What each kind in each status allows, in the order the buttons show.
ACTIONS: dict[Key, tuple[str, ...]] = {
    (DocumentKind.QUOTATION, DocumentStatus.DRAFT): ("edit", "accept", "decline"),
    (DocumentKind.QUOTATION, DocumentStatus.ACCEPTED): ("invoice",),
    (DocumentKind.INVOICE, DocumentStatus.DRAFT): ("edit", "issue"),
    (DocumentKind.INVOICE, DocumentStatus.ISSUED): ("pay", "credit"),
    (DocumentKind.DELIVERY_CHALLAN, DocumentStatus.DRAFT): ("edit", "issue_challan"),
}
ACTION_LABELS: dict[str, Msgid] = {
    "edit": N_("Change draft"),
    "accept": N_("Client accepted"),
    "decline": N_("Client declined"),
    "invoice": N_("Make the invoice"),
    "issue": N_("Issue invoice"),
    "issue_challan": N_("Issue challan"),
    "pay": N_("Record a payment"),
    "credit": N_("Credit note"),
}


class DocumentDetailPane:
    def __init__(self, ctx: AppContext, labels: Labels, data: BillingData, back: Back, edit: Edit) -> None:
        self._ctx = ctx
        self._labels = labels
        self._data = data
        self._edit = edit
        self.document: BillingDocument | None = None
        self.advances: tuple[BillingDocument, ...] = ()
        self.summary = ft.Column(spacing=4)
        self.lines = ft.Column(spacing=4)
        self.totals = ft.Column(spacing=4)
        self.actions = actions_row()
        # A draft challan's purpose, chosen before it is issued (goods on hire by default).
        self.purpose = choice(labels, N_("Purpose"), PURPOSES)
        self.purpose_row = fields_row(self.purpose)
        self.errors = FormErrors(labels, {})
        self.notice = ft.Text(color=ft.Colors.PRIMARY, visible=False)
        self.payment = PaymentPanel(ctx, labels, self._paid)
        self.credit = CreditNotePanel(ctx, labels, self._noted)
        self.payment.control.visible = self.credit.control.visible = False
        self.send = SendPanel(ctx, labels)
        self.booking = BookingLink(ctx, labels)
        self.control = ft.Column(
            [
                self.summary,
                self.errors.banner,
                self.notice,
                self.booking.control,
                card([self.lines]),
                card([self.totals]),
                self.purpose_row,
                self.actions,
                self.payment.control,
                self.credit.control,
                card([self.send.control]),
                actions_row(button(labels, N_("Back to billing"), back)),
            ],
            spacing=12,
        )
        labels.on_relabel(self._render)

    async def open(self, document_id: str) -> None:
        async def fetch() -> None:
            self.show(await self._ctx.auth.call(lambda t: gateway.document(self._ctx.client, document_id, t)))
            await self.show_booking()

        await run_action(self._ctx, self.errors, fetch)

    async def show_booking(self) -> None:
        """The booking the document shown was made from, as the calendar has it now."""
        await self.booking.show(self.document.booking_id if self.document else None)

    def show(self, document: BillingDocument, notice: Msgid | None = None) -> None:
        if self.document is None or document.id != self.document.id:
            self.send.start(document)
            self.purpose.value = None
        self.document = document
        self.errors.clear()
        self.payment.control.visible = self.credit.control.visible = False
        self.notice.visible = notice is not None
        self.notice.value = self._labels.tr(notice) if notice else ""
        self._render()

    def _render(self) -> None:
        document, tr = self.document, self._labels.tr
        if document is None:
            return
        self.summary.controls = header_lines(
            tr, document, self._data.client_name(document.client_id, document.recipient_name)
        )
        self.lines.controls = line_texts(tr, document)
        self.totals.controls = document_lines(tr, document)
        choosing = document.kind is DocumentKind.DELIVERY_CHALLAN and document.is_draft
        self.purpose_row.visible = choosing
        if choosing and self.purpose.value is None:
            self.purpose.value = (document.purpose or ChallanPurpose.OTHER).value
        allowed = ACTIONS.get((document.kind, document.status), ())
        if document.balance_paise == 0:
            allowed = tuple(a for a in allowed if a != "pay")
        self.actions.controls = [
            button(self._labels, ACTION_LABELS[a], self._action(a), filled=i == 0)
            for i, a in enumerate(allowed)
        ]

    def _action(self, action: str) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            document = self.document
            if document is None:
                return
            if action == "edit":
                await self._edit(document)
            elif action == "pay":
                await self._open_payment(document)
            elif action == "credit":
                self.credit.start(document)
                self.credit.control.visible = True
            else:
                await self._change(action, document)

        return run

    async def _open_payment(self, invoice: BillingDocument) -> None:
        async def fetch() -> None:
            self.advances = await self._ctx.auth.call(
                lambda t: gateway.documents(self._ctx.client, DocumentKind.RECEIPT_VOUCHER, t)
            )
            self.payment.start(invoice, self.advances)
            self.payment.control.visible = True

        await run_action(self._ctx, self.errors, fetch)

    async def _change(self, action: str, document: BillingDocument) -> None:
        variables: JsonObject = {"id": document.id}
        name = {"accept": "answer", "decline": "answer"}.get(action, action)
        if name == "answer":
            variables["accepted"] = action == "accept"
        if action == "issue_challan":
            variables["purpose"] = self.purpose.value or ChallanPurpose.OTHER.value
        notices: dict[str, Msgid] = {
            "accept": N_("Marked as accepted"),
            "decline": N_("Marked as declined"),
            "invoice": N_("Draft invoice made from the quotation"),
            "issue": N_("Invoice issued"),
            "issue_challan": N_("Delivery challan issued"),
        }

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.change_document(self._ctx.client, name, variables, t)
            )
            self.errors.show(result.errors)
            if result.document is not None and not result.errors:
                self.show(result.document, notices[action])
                await self.show_booking()

        await run_action(self._ctx, self.errors, send)

    async def _paid(self, balance_paise: int) -> None:
        document = self.document
        if document is not None:
            await self.open(document.id)
            self.notice.value = self._labels.tr(N_("Payment recorded"))
            self.notice.visible = True

    async def _noted(self, note: BillingDocument) -> None:
        self.show(note, N_("Credit note issued"))
        await self.show_booking()
