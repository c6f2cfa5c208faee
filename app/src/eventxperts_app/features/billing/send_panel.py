"""A document for the client, or for the organizer's own files: the A4 PDF in English or Telugu at a
short-lived signed link (opened in a new tab), a WhatsApp chat with the client carrying the amount and
a link to the PDF (the billing service writes the message in the language chosen), or an email with
the PDF attached, to the client's address or one typed.

Each answer is a link the person then opens with a tap of their own: a browser lets a page open a new
tab from a tap, not from the answer of a call that the tap started."""

from __future__ import annotations

from datetime import datetime

import flet as ft

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.models import BillingDocument, LinkResult
from eventxperts_app.i18n import N_, Language, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_layout import (
    actions_row,
    box,
    button,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import moment_text

PDF_LANGUAGES: dict[Language, Msgid] = {Language.EN: N_("In English"), Language.TE: N_("In Telugu")}


def link_button(labels: Labels, icon: ft.IconData, label: Msgid) -> ft.TextButton:
    """A link prepared by a call, opened in a new tab by the person's own tap."""
    return labels.bind(ft.TextButton(icon=icon, visible=False), "content", label)


class SendPanel:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self.document: BillingDocument | None = None
        self.pdf_expires_at: datetime | None = None
        self.sent_to: str | None = None
        # Two radios, not a dropdown: one tap on a phone, and both choices in sight.
        self.language = ft.RadioGroup(
            content=ft.Row(
                [
                    labels.bind(ft.Radio(value=code.value), "label", name)
                    for code, name in PDF_LANGUAGES.items()
                ],
                wrap=True,
            )
        )
        self.email_to = box(
            labels, N_("Email to (empty: the client's email)"), keyboard=ft.KeyboardType.EMAIL
        )
        self.errors = FormErrors(labels, {"to": text_field_slot(self.email_to)})
        self.download = button(labels, N_("Download PDF"), self._download, filled=True)
        self.whatsapp = button(labels, N_("Share on WhatsApp"), self._whatsapp)
        self.email = button(labels, N_("Send by email"), self._email)
        self.open_pdf = link_button(labels, ft.Icons.PICTURE_AS_PDF, N_("Open the PDF"))
        self.open_whatsapp = link_button(labels, ft.Icons.CHAT, N_("Open WhatsApp"))
        self.status = ft.Text(color=ft.Colors.PRIMARY, visible=False)
        self.control = ft.Column(
            [
                heading(labels, N_("Send or download")),
                self.errors.banner,
                labels.text(N_("Language of the PDF")),
                self.language,
                fields_row(self.email_to),
                actions_row(self.download, self.whatsapp, self.email),
                actions_row(self.open_pdf, self.open_whatsapp),
                self.status,
            ],
            spacing=8,
        )
        labels.on_relabel(self._render)
        self.start(None)

    def start(self, document: BillingDocument | None) -> None:
        """For `document`, in the language on screen, with nothing prepared yet."""
        self.document = document
        self.language.value = self._tr.language.value
        self.email_to.value = ""
        self.pdf_expires_at, self.sent_to = None, None
        self.open_pdf.url = self.open_whatsapp.url = None
        self.open_pdf.visible = self.open_whatsapp.visible = False
        self.errors.clear()
        self._render()

    def _render(self) -> None:
        tr = self._tr
        texts: list[str] = []
        if self.pdf_expires_at is not None:
            until = moment_text(self.pdf_expires_at)
            texts.append(tr(N_("The PDF link works until {time}")).format(time=until))
        if self.sent_to is not None:
            texts.append(tr(N_("Emailed to {address}")).format(address=self.sent_to))
        self.status.value = "\n".join(texts)
        self.status.visible = bool(texts)

    def _chosen_language(self) -> str:
        return self.language.value or self._tr.language.value

    async def _download(self) -> None:
        async def send() -> None:
            document = self.document
            if document is None:
                return
            answer = await self._ctx.auth.call(
                lambda t: gateway.pdf_link(self._ctx.client, document.id, self._chosen_language(), t)
            )
            if self._show_link(answer, self.open_pdf):
                self.pdf_expires_at = answer.expires_at
                self._render()

        await run_action(self._ctx, self.errors, send, busy=self.download)

    async def _whatsapp(self) -> None:
        async def send() -> None:
            document = self.document
            if document is None:
                return
            answer = await self._ctx.auth.call(
                lambda t: gateway.whatsapp_link(self._ctx.client, document.id, self._chosen_language(), t)
            )
            self._show_link(answer, self.open_whatsapp)

        await run_action(self._ctx, self.errors, send, busy=self.whatsapp)

    async def _email(self) -> None:
        async def send() -> None:
            document = self.document
            if document is None:
                return
            to, language = self.email_to.value.strip() or None, self._chosen_language()
            answer = await self._ctx.auth.call(
                lambda t: gateway.email_document(self._ctx.client, document.id, language, to, t)
            )
            self.errors.show(answer.errors)
            if answer.sent_to is not None and not answer.errors:
                self.sent_to = answer.sent_to
                self._render()
                self._ctx.confirm(self._tr(N_("Emailed to {address}")).format(address=answer.sent_to))

        await run_action(self._ctx, self.errors, send, busy=self.email)

    def _show_link(self, answer: LinkResult, link: ft.TextButton) -> bool:
        self.errors.show(answer.errors)
        if answer.url is None or answer.errors:
            return False
        link.url, link.visible = answer.url, True
        return True
