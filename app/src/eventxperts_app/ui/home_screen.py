"""The signed-in home: what it offers depends on the person's roles."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import Role, User
from eventxperts_app.features.admin.users_panel import AdminUsersPanel
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.home_cards import coming_soon_card
from eventxperts_app.ui.labels import Labels


class HomeScreen:
    def __init__(self, ctx: AppContext, user: User) -> None:
        self._tr = ctx.tr
        self._user = user
        self.labels = Labels(ctx.tr)
        self.roles_line = ft.Text()
        self.labels.on_relabel(self._describe_roles)
        self.admin_panel = AdminUsersPanel(ctx, self.labels) if user.has_role(Role.SUPER_ADMIN) else None
        welcome = self.labels.bind(
            ft.Text(theme_style=ft.TextThemeStyle.HEADLINE_SMALL),
            "value",
            "home.welcome",
            name=user.name,
        )
        self.controls: list[ft.Control] = [
            welcome,
            self.roles_line,
            ft.Row(self._role_cards(), wrap=True, spacing=12, run_spacing=12),
        ]
        if self.admin_panel is not None:
            self.controls.append(self.admin_panel.control)

    def _describe_roles(self) -> None:
        names = ", ".join(self._tr(f"role.{role.value}") for role in self._user.roles)
        self.roles_line.value = self._tr("home.your_roles").format(roles=names)

    def _role_cards(self) -> list[ft.Control]:
        cards: list[ft.Control] = []
        if self._user.has_role(Role.ORGANIZER):
            cards.append(coming_soon_card(self.labels, "bookings", ft.Icons.EVENT))
            cards.append(coming_soon_card(self.labels, "calendar", ft.Icons.CALENDAR_MONTH))
        if self._user.has_role(Role.STORE_OWNER):
            cards.append(coming_soon_card(self.labels, "store", ft.Icons.STOREFRONT))
        is_admin = self._user.has_role(Role.SUPER_ADMIN)
        if self._user.has_role(Role.USER) or not (cards or is_admin):
            cards.append(coming_soon_card(self.labels, "browse", ft.Icons.TRAVEL_EXPLORE))
        return cards

    async def load(self) -> None:
        if self.admin_panel is not None:
            await self.admin_panel.load()
