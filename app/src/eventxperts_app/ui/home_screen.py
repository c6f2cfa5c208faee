"""The signed-in home: what it offers depends on the person's roles and on what sections declare."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import User
from eventxperts_app.i18n import N_
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.home_cards import home_card
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.role_names import role_name
from eventxperts_app.ui.section import HomePanel
from eventxperts_app.ui.sections import Sections


class HomeScreen:
    def __init__(self, ctx: AppContext, user: User, sections: Sections) -> None:
        self._tr = ctx.tr
        self._user = user
        self.labels = Labels(ctx.tr)
        self.roles_line = ft.Text()
        self.labels.on_relabel(self._describe_roles)
        content = sections.home_for(user.roles)
        self.panels: list[HomePanel] = [entry.build(ctx, self.labels) for entry in content.panels]
        cards: list[ft.Control] = [home_card(self.labels, card, ctx.go) for card in content.cards]
        welcome = self.labels.bind(
            ft.Text(theme_style=ft.TextThemeStyle.HEADLINE_SMALL),
            "value",
            N_("Welcome, {name}"),
            name=user.name,
        )
        self.controls: list[ft.Control] = [
            welcome,
            self.roles_line,
            ft.Row(cards, wrap=True, spacing=12, run_spacing=12),
            *(panel.control for panel in self.panels),
        ]

    def _describe_roles(self) -> None:
        names = ", ".join(self._tr(role_name(role)) for role in self._user.roles)
        self.roles_line.value = self._tr(N_("Your roles: {roles}")).format(roles=names)

    async def load(self) -> None:
        for panel in self.panels:
            await panel.load()
