"""Billing: the documents lists, a document's detail, the draft editor and the advance receipt, one at
a time on the same screen."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.billing.advance_pane import AdvancePane
from eventxperts_app.features.billing.billing_data import BillingData
from eventxperts_app.features.billing.document_detail import DocumentDetailPane
from eventxperts_app.features.billing.document_editor import DocumentEditorPane
from eventxperts_app.features.billing.documents_pane import DocumentsPane
from eventxperts_app.features.billing.models import BillingDocument, DocumentKind
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels


class BillingScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = Labels(ctx.tr)
        self.data = BillingData()
        self.documents = DocumentsPane(ctx, self.labels, self.data, self.open_document, self.new_document)
        self.detail = DocumentDetailPane(ctx, self.labels, self.data, self.show_documents, self.edit)
        self.editor = DocumentEditorPane(ctx, self.labels, self.data, self.saved, self.show_documents)
        self.advance = AdvancePane(ctx, self.labels, self.data, self.saved, self.show_documents)
        self.body = ft.Column([self.documents.control])
        self.controls: list[ft.Control] = [self.body]

    def _show(self, pane: ft.Control) -> None:
        self.body.controls = [pane]
        self._ctx.refresh()

    async def load(self) -> None:
        async def fetch() -> None:
            await self.data.load(self._ctx)

        await run_action(self._ctx, self.documents.errors, fetch)
        await self.documents.load()

    async def show_documents(self) -> None:
        self._show(self.documents.control)
        await self.documents.load()

    async def open_document(self, document_id: str) -> None:
        self._show(self.detail.control)
        await self.detail.open(document_id)

    async def new_document(self, kind: DocumentKind) -> None:
        if kind is DocumentKind.RECEIPT_VOUCHER:
            self.advance.start()
            self._show(self.advance.control)
            return
        self.editor.start(kind)
        self._show(self.editor.control)

    async def edit(self, document: BillingDocument) -> None:
        self.editor.start(document.kind, document)
        self._show(self.editor.control)

    async def saved(self, document: BillingDocument) -> None:
        self.detail.show(document, N_("Saved"))
        self._show(self.detail.control)
        await run_action(self._ctx, self.detail.errors, self.detail.show_booking)
