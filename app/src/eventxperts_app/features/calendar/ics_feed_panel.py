"""The organizer's calendar feed: a secret address phones and Google Calendar subscribe to. Making a
new one stops the old; revoking stops it altogether."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.models import IcsFeedResult
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_layout import actions_row, button, card, heading
from eventxperts_app.ui.labels import Labels


class IcsFeedPanel:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self.url: str | None = None
        self.errors = FormErrors(labels, {})
        # A read-only box rather than selectable text: Flutter web names selectable text nowhere in the
        # semantics tree, and a box reads (and selects) the same to a person.
        self.address = labels.bind(ft.TextField(read_only=True), "label", N_("Feed link"))
        self.none_yet = labels.text(
            N_("No feed yet. Create one to see your bookings in your phone's calendar.")
        )
        self.create = button(labels, N_("Create feed link"), self._create, filled=True)
        self.renew = button(labels, N_("New link (the old one stops)"), self._create)
        self.copy = button(labels, N_("Copy link"), self._copy)
        self.revoke = button(labels, N_("Revoke link"), self._revoke)
        self.copied = labels.text(N_("Link copied"), color=ft.Colors.PRIMARY, visible=False)
        self.control = card(
            [
                heading(labels, N_("Calendar feed")),
                labels.text(N_("Subscribe to this secret link in Google Calendar or your phone's calendar.")),
                self.none_yet,
                self.address,
                actions_row(self.create, self.copy, self.renew, self.revoke),
                self.copied,
                self.errors.banner,
            ]
        )
        self._show(None)

    def _show(self, url: str | None) -> None:
        self.url = url
        self.address.value = url or ""
        self.address.visible = url is not None
        self.none_yet.visible = self.create.visible = url is None
        self.copy.visible = self.renew.visible = self.revoke.visible = url is not None

    async def load(self) -> None:
        async def fetch() -> None:
            self._show(await self._ctx.auth.call(lambda token: gateway.ics_feed(self._ctx.client, token)))

        await run_action(self._ctx, self.errors, fetch)

    async def _create(self) -> None:
        await self._change(lambda token: gateway.create_ics_feed(self._ctx.client, token))

    async def _revoke(self) -> None:
        await self._change(lambda token: gateway.revoke_ics_feed(self._ctx.client, token), revoking=True)

    async def _change(self, call: gateway.TokenCall[IcsFeedResult], revoking: bool = False) -> None:
        async def send() -> None:
            result = await self._ctx.auth.call(call)
            self.errors.show(result.errors)
            if not result.errors:
                self._show(None if revoking else result.url)

        self.copied.visible = False
        await run_action(self._ctx, self.errors, send, busy=self.control)

    async def _copy(self) -> None:
        if self.url is not None:
            await ft.Clipboard().set(self.url)
            self.copied.visible = True
            self._ctx.refresh()
