"""The organizer's clients, as cards, and the form to add one or change one."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.client_form import ClientFields
from eventxperts_app.features.billing.document_summary import labelled
from eventxperts_app.features.billing.models import BillingClient
from eventxperts_app.features.billing.paths import BILLING
from eventxperts_app.features.billing.variables import client_variables
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import ClickHandler, screen_title
from eventxperts_app.ui.form_layout import actions_row, button, card
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.required_fields import missing

CARD_COLUMNS: dict[str | ft.ResponsiveRowBreakpoint, int | float] = {"xs": 12, "md": 6, "xl": 4}


def client_card(tr: Translator, client: BillingClient, on_click: ClickHandler) -> ft.Control:
    lines: list[ft.Control] = [ft.Text(client.name, weight=ft.FontWeight.BOLD)]
    if client.phones:
        lines.append(ft.Text(", ".join(client.phones)))
    if client.gstin:
        lines.append(ft.Text(labelled(tr, N_("GSTIN"), client.gstin)))
    control = card(lines, on_click=on_click)
    control.col = CARD_COLUMNS
    return control


class ClientsScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.clients: tuple[BillingClient, ...] = ()
        self.list = ft.ResponsiveRow(spacing=8, run_spacing=8)
        self.fields = ClientFields(labels)
        self.errors = FormErrors(labels, self.fields.slots())
        self.form_title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_MEDIUM, weight=ft.FontWeight.BOLD)
        self.submit = button(labels, N_("Save client"), self._submit, filled=True)
        self.saved = labels.text(N_("Client saved"), color=ft.Colors.PRIMARY, visible=False)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Clients")),
                    actions_row(button(labels, N_("Back to billing"), self._back)),
                    self.list,
                    card(
                        [
                            self.form_title,
                            self.errors.banner,
                            self.fields.control,
                            actions_row(self.submit, button(labels, N_("New client"), self._new)),
                            self.saved,
                        ]
                    ),
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            self.clients = await self._ctx.auth.call(lambda t: gateway.clients(self._ctx.client, t))
            self._render()

        await run_action(self._ctx, self.errors, fetch)

    def _render(self) -> None:
        tr = self.labels.tr
        self.form_title.value = tr(N_("Change client") if self.fields.client_id else N_("New client"))
        self.list.controls = [client_card(tr, c, self._opener(c)) for c in self.clients] or [
            ft.Text(tr(N_("No clients yet")))
        ]

    def _opener(self, client: BillingClient) -> ClickHandler:
        async def open_client() -> None:
            self.fields.fill(client)
            self.errors.clear()
            self._render()
            self._ctx.refresh()

        return open_client

    async def _new(self) -> None:
        self.fields.fill(None)
        self.errors.clear()
        self._render()

    async def _back(self) -> None:
        await self._ctx.go(BILLING)

    async def _submit(self) -> None:
        self.saved.visible = False
        form = self.fields.form()
        problems = missing(name=form.name)
        self.errors.show(problems)
        if problems:
            self._ctx.refresh()
            return
        built = client_variables(form)

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.save_client(self._ctx.client, built.variables, t)
            )
            self.errors.show(result.errors)
            if result.client is not None and not result.errors:
                saved = result.client
                self.clients = (*(c for c in self.clients if c.id != saved.id), saved)
                self.fields.fill(None)
                self.saved.visible = True
                self._render()

        await run_action(self._ctx, self.errors, send, busy=self.submit)
