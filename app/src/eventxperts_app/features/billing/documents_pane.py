"""The organizer's billing documents, newest first, one list per tab (quotations, invoices, delivery
challans, advance receipts and notes): cards with the client, status, total and balance, a column on a
phone and two or three across on a desktop."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.billing_data import BillingData
from eventxperts_app.features.billing.document_summary import balance_text, document_name
from eventxperts_app.features.billing.models import BillingDocument, DocumentKind
from eventxperts_app.features.billing.names import STATUSES
from eventxperts_app.features.billing.paths import BILLING_CLIENTS, BILLING_PROFILE, BILLING_REPORTS
from eventxperts_app.i18n import N_, Msgid, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import ClickHandler, screen_title
from eventxperts_app.ui.form_layout import actions_row, button, card
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import paise_text

Open = Callable[[str], Awaitable[None]]
New = Callable[[DocumentKind], Awaitable[None]]
CARD_COLUMNS: dict[str | ft.ResponsiveRowBreakpoint, int | float] = {"xs": 12, "md": 6, "xl": 4}
TABS: tuple[tuple[Msgid, tuple[DocumentKind, ...]], ...] = (
    (N_("Quotations"), (DocumentKind.QUOTATION,)),
    (N_("Invoices"), (DocumentKind.INVOICE,)),
    (N_("Delivery challans"), (DocumentKind.DELIVERY_CHALLAN,)),
    (
        N_("Receipts and notes"),
        (
            DocumentKind.RECEIPT_VOUCHER,
            DocumentKind.REFUND_VOUCHER,
            DocumentKind.CREDIT_NOTE,
            DocumentKind.DEBIT_NOTE,
        ),
    ),
)


def document_card(
    tr: Translator, document: BillingDocument, client: str, on_click: ClickHandler
) -> ft.Control:
    lines: list[ft.Control] = [
        ft.Text(document_name(tr, document), weight=ft.FontWeight.BOLD),
        ft.Text(f"{client} · {document.document_date.isoformat()}"),
        ft.Text(f"{tr(STATUSES[document.status])} · {paise_text(document.amounts.total_paise)}"),
    ]
    if (balance := balance_text(tr, document)) is not None:
        lines.append(ft.Text(balance, color=ft.Colors.PRIMARY))
    if document.booking_id is not None:
        lines.append(ft.Text(tr(N_("Made from a booking in your calendar")), italic=True))
    control = card(lines, on_click=on_click)
    control.col = CARD_COLUMNS
    return control


class DocumentsPane:
    def __init__(
        self, ctx: AppContext, labels: Labels, data: BillingData, open_document: Open, new: New
    ) -> None:
        self._ctx = ctx
        self._labels = labels
        self._data = data
        self._open = open_document
        self.tab = 0
        self.documents: tuple[BillingDocument, ...] = ()
        self.errors = FormErrors(labels, {})
        self.tabs = ft.Row(wrap=True, spacing=8, run_spacing=8)
        self.list = ft.ResponsiveRow(spacing=8, run_spacing=8)

        async def new_quotation() -> None:
            await new(DocumentKind.QUOTATION)

        async def new_invoice() -> None:
            await new(DocumentKind.INVOICE)

        async def new_advance() -> None:
            await new(DocumentKind.RECEIPT_VOUCHER)

        self.control = ft.Column(
            [
                screen_title(labels, N_("Billing")),
                actions_row(
                    button(labels, N_("New quotation"), new_quotation, filled=True),
                    button(labels, N_("New invoice"), new_invoice),
                    button(labels, N_("Advance receipt"), new_advance),
                    button(labels, N_("Clients"), self._go(BILLING_CLIENTS)),
                    button(labels, N_("Billing profile"), self._go(BILLING_PROFILE)),
                    button(labels, N_("Reports"), self._go(BILLING_REPORTS)),
                ),
                self.errors.banner,
                self.tabs,
                self.list,
            ],
            spacing=12,
        )
        labels.on_relabel(self._render)

    def _go(self, path: str) -> ClickHandler:
        async def go() -> None:
            await self._ctx.go(path)

        return go

    async def load(self) -> None:
        async def fetch() -> None:
            self.documents = await self._ctx.auth.call(lambda t: gateway.documents(self._ctx.client, None, t))
            self._render()

        await run_action(self._ctx, self.errors, fetch)

    def _chooser(self, index: int) -> ClickHandler:
        async def choose() -> None:
            self.tab = index
            self._render()
            self._ctx.refresh()

        return choose

    def _opener(self, document_id: str) -> ClickHandler:
        async def open_document() -> None:
            await self._open(document_id)

        return open_document

    def _render(self) -> None:
        tr = self._labels.tr
        self.tabs.controls = [
            ft.FilledButton(tr(label), on_click=self._chooser(i))
            if i == self.tab
            else ft.OutlinedButton(tr(label), on_click=self._chooser(i))
            for i, (label, _) in enumerate(TABS)
        ]
        kinds = TABS[self.tab][1]
        shown = [d for d in self.documents if d.kind in kinds]
        self.list.controls = [
            document_card(tr, d, self._data.client_name(d.client_id, d.recipient_name), self._opener(d.id))
            for d in shown
        ] or [ft.Text(tr(N_("Nothing here yet")))]
