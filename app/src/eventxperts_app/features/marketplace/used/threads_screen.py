"""A person's message threads about used items (/shop/messages), as buyer or seller, latest first; one
opened (/shop/messages?thread=<id>) shows its messages and a reply box. A buyer sees the seller's
phone only once the seller has replied (the service decides; the screen shows what it is given)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.marketplace.links import going
from eventxperts_app.features.marketplace.paths import (
    THREAD_ARGUMENT,
    USED,
    listing_location,
    thread_location,
)
from eventxperts_app.features.marketplace.used import gateway
from eventxperts_app.features.marketplace.used.models import ListingMessage, ListingThread
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import WHOLE, actions_row, box, button, card, heading
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import moment_text
from eventxperts_app.ui.required_fields import REQUIRED


def contact_text(tr: Translator, thread: ListingThread) -> str:
    """What the buyer knows of the seller's phone, or what the seller knows of their own."""
    if thread.i_am_seller:
        return tr(N_("The buyer sees your phone number once you reply."))
    if thread.seller_phone:
        return tr(N_("Seller's phone: {phone}")).format(phone=thread.seller_phone)
    return tr(N_("The seller's phone number is shown once they reply."))


def message_text(tr: Translator, message: ListingMessage) -> str:
    who = tr(N_("You") if message.from_me else N_("They"))
    body = message.body if message.body is not None else tr(N_("(message removed)"))
    return f"{who} · {moment_text(message.sent_at)}: {body}"


def thread_title(tr: Translator, thread: ListingThread) -> str:
    side = N_("Selling: {title}") if thread.i_am_seller else N_("Buying: {title}")
    return tr(side).format(title=thread.listing_title)


class ThreadsScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.threads: tuple[ListingThread, ...] = ()
        self.thread: ListingThread | None = None
        self.list = ft.Column(spacing=8)
        self.empty = labels.text(N_("No messages yet"), visible=False)
        self.title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_MEDIUM, weight=ft.FontWeight.BOLD)
        self.contact = ft.Text()
        self.messages = ft.Column(spacing=4)
        self.reply_box = box(labels, N_("Your reply"), col=WHOLE, multiline=True)
        self.errors = FormErrors(labels, {"body": text_field_slot(self.reply_box)})
        self.send = button(labels, N_("Send"), self._reply, filled=True)
        self.to_listing = button(labels, N_("See the item"), self._open_listing)
        self.opened = card(
            [
                self.title,
                self.contact,
                self.messages,
                ft.ResponsiveRow([self.reply_box]),
                self.errors.banner,
                actions_row(self.send, self.to_listing),
            ]
        )
        self.opened.visible = False
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Messages")),
                    actions_row(button(labels, N_("Back to used items"), going(ctx, USED))),
                    self.opened,
                    heading(labels, N_("Your threads")),
                    self.empty,
                    self.list,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        thread_id = self._ctx.arguments.get(THREAD_ARGUMENT)

        async def fetch() -> None:
            self.threads = await self._ctx.auth.call(lambda t: gateway.threads(self._ctx.client, t))
            if thread_id:
                self.thread = await self._ctx.auth.call(
                    lambda t: gateway.thread(self._ctx.client, thread_id, t)
                )
            self._render()

        await run_action(self._ctx, self.errors, fetch)

    def _render(self) -> None:
        tr = self.labels.tr
        self.empty.visible = not self.threads
        self.list.controls = [self._thread_card(tr, thread) for thread in self.threads]
        thread = self.thread
        self.opened.visible = thread is not None
        if thread is None:
            return
        self.title.value = thread_title(tr, thread)
        self.contact.value = contact_text(tr, thread)
        self.messages.controls = [ft.Text(message_text(tr, m)) for m in thread.messages]

    def _thread_card(self, tr: Translator, thread: ListingThread) -> ft.Control:
        last = thread.messages[-1] if thread.messages else None
        lines = [ft.Text(thread_title(tr, thread), weight=ft.FontWeight.BOLD)]
        if last is not None:
            lines.append(ft.Text(message_text(tr, last), max_lines=2))
        return card(lines, on_click=going(self._ctx, thread_location(thread.id)))

    async def _open_listing(self) -> None:
        if self.thread is not None:
            await self._ctx.go(listing_location(self.thread.listing_id))

    async def _reply(self) -> None:
        thread, body = self.thread, (self.reply_box.value or "").strip()
        if thread is None:
            return
        if not body:
            self.errors.show([ApiError(REQUIRED, "body", "body")])
            self._ctx.refresh()
            return

        async def send() -> None:
            result = await self._ctx.auth.call(lambda t: gateway.reply(self._ctx.client, thread.id, body, t))
            self.errors.show(result.errors)
            if result.thread is not None and not result.errors:
                self.thread = result.thread
                self.reply_box.value = ""
                self._render()

        await run_action(self._ctx, self.errors, send, busy=self.send)
