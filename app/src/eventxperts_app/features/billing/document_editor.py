"""A draft quotation or invoice: the client, the date, the event's state (for the place of supply), the
lines, and the totals with their tax split, recomputed in the app at every keystroke (libs/gst). The
billing service checks and computes again on save; its typed errors appear beside their boxes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.billing_data import BillingData
from eventxperts_app.features.billing.forms import DocumentForm
from eventxperts_app.features.billing.line_editor import LinesEditor
from eventxperts_app.features.billing.live_totals import live_totals
from eventxperts_app.features.billing.models import BillingDocument, DocumentKind
from eventxperts_app.features.billing.state_choice import state_dropdown
from eventxperts_app.features.billing.totals_view import live_lines
from eventxperts_app.features.billing.variables import draft_variables
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import (
    THIRD,
    WHOLE,
    actions_row,
    box,
    button,
    card,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels

Saved = Callable[[BillingDocument], Awaitable[None]]
Back = Callable[[], Awaitable[None]]


NEW_TITLES: dict[DocumentKind, Msgid] = {
    DocumentKind.QUOTATION: N_("New quotation"),
    DocumentKind.INVOICE: N_("New invoice"),
    DocumentKind.DELIVERY_CHALLAN: N_("New delivery challan"),
}


class DocumentEditorPane:
    def __init__(self, ctx: AppContext, labels: Labels, data: BillingData, saved: Saved, back: Back) -> None:
        self._ctx = ctx
        self._labels = labels
        self._data = data
        self._saved = saved
        self.kind = DocumentKind.QUOTATION
        self.editing: BillingDocument | None = None
        self.title = ft.Text(theme_style=ft.TextThemeStyle.HEADLINE_SMALL)
        self.client = ft.Dropdown(col=THIRD, expand=True)
        labels.bind(self.client, "label", N_("Client"))
        self.client.on_select = lambda _: self.recompute()
        self.date = box(labels, N_("Date (YYYY-MM-DD, empty for today)"), col=THIRD)
        self.event_state = state_dropdown(labels, N_("State where the event is held"))
        self.event_state.on_select = lambda _: self.recompute()
        self.notes = box(labels, N_("Notes"), col=WHOLE, multiline=True)
        self.lines = LinesEditor(labels, self.recompute, data.item_default)
        self.totals = ft.Column(spacing=4)
        self.errors = FormErrors(
            labels,
            {
                "clientId": dropdown_slot(self.client),
                "documentDate": text_field_slot(self.date),
                "eventStateCode": dropdown_slot(self.event_state),
                **self.lines.slots(),
                "notes": text_field_slot(self.notes),
            },
        )
        self.submit = button(labels, N_("Save draft"), self._submit, filled=True)
        self.control = ft.Column(
            [
                self.title,
                self.errors.banner,
                fields_row(self.client, self.date, self.event_state),
                heading(labels, N_("Lines")),
                self.lines.control,
                card([heading(labels, N_("Totals")), self.totals]),
                fields_row(self.notes),
                actions_row(self.submit, button(labels, N_("Back to billing"), back)),
            ],
            spacing=12,
        )
        labels.on_relabel(self._relabel)

    def _relabel(self) -> None:
        tr = self._labels.tr
        if self.editing is not None:
            self.title.value = tr(N_("Change draft"))
        else:
            self.title.value = tr(NEW_TITLES.get(self.kind, N_("New quotation")))
        self.recompute()

    def start(self, kind: DocumentKind, document: BillingDocument | None = None) -> None:
        """An empty `kind` with one line, or a draft to change."""
        self.kind, self.editing = (document.kind if document else kind), document
        self.errors.clear()
        self.client.options = [ft.DropdownOption(key=c.id, text=c.name) for c in self._data.clients]
        self.client.value = document.client_id if document else None
        self.date.value = document.document_date.isoformat() if document else ""
        self.event_state.value = document.event_state_code if document else None
        self.notes.value = (document.notes or "") if document else ""
        self.lines.fill(document.lines if document else ())
        self._relabel()

    def form(self) -> DocumentForm:
        return DocumentForm(
            kind=self.kind,
            client_id=self.client.value or "",
            document_date=self.date.value,
            event_state_code=self.event_state.value or "",
            notes=self.notes.value,
            lines=self.lines.forms(),
            document_id=self.editing.id if self.editing else "",
        )

    def recompute(self) -> None:
        form = self.form()
        live = live_totals(
            form.lines,
            self._data.profile,
            self._data.client(form.client_id),
            form.event_state_code,
            taxed=self.kind is not DocumentKind.DELIVERY_CHALLAN,
        )
        self.totals.controls = live_lines(self._labels.tr, live)

    async def _submit(self) -> None:
        built = draft_variables(self.form())
        self.errors.show(built.errors)
        if built.errors:
            self._ctx.refresh()
            return

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.change_document(self._ctx.client, "save", built.variables, t)
            )
            self.errors.show(result.errors)
            if result.document is not None and not result.errors:
                await self._saved(result.document)

        await run_action(self._ctx, self.errors, send, busy=self.submit)
