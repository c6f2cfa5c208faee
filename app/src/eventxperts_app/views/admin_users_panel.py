"""Super admin: find users and grant them a role."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft
from eventxperts_app.api.models import Role, User
from eventxperts_app.views.actions import run_action
from eventxperts_app.views.app_context import AppContext
from eventxperts_app.views.form_errors import FormErrors
from eventxperts_app.views.form_fields import text_field
from eventxperts_app.views.labels import Labels


class AdminUsersPanel:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self._users: tuple[User, ...] = ()
        self.search = text_field(labels, "admin.search")
        self.search.on_submit = self.load
        self.rows = ft.Column(spacing=4)
        self.total = ft.Text()
        self.errors = FormErrors(labels, {})
        search_button = labels.bind(ft.Button(on_click=self.load), "content", "admin.search_button")
        self.control = ft.Column(
            [
                labels.text("admin.title", theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
                self.errors.banner,
                ft.Row([self.search, search_button]),
                self.total,
                self.rows,
            ]
        )
        labels.on_relabel(self._render_rows)

    async def load(self) -> None:
        await run_action(self._ctx, self.errors, self._fetch)

    async def _fetch(self) -> None:
        search = self.search.value.strip() or None
        page = await self._ctx.auth.call(lambda token: self._ctx.client.users(token, search))
        self._users = page.items
        self.errors.clear()
        self._render_rows()

    def _render_rows(self) -> None:
        self.total.value = self._tr("admin.total").format(count=len(self._users))
        self.rows.controls = [self._row(user) for user in self._users]

    def _row(self, user: User) -> ft.Control:
        roles = ", ".join(self._tr(f"role.{role.value}") for role in user.roles)
        grant = ft.PopupMenuButton(
            content=self._tr("admin.grant"),
            tooltip=self._tr("admin.grant"),  # instead of Flutter's English "Show menu"
            items=[
                ft.PopupMenuItem(
                    content=self._tr(f"role.{role.value}"), on_click=self._grant_handler(user.id, role)
                )
                for role in Role
                if role not in user.roles
            ],
        )
        who = ft.Column([ft.Text(user.name), ft.Text(f"{user.email} · {roles}", size=12)], width=360)
        return ft.Row([who, grant])

    def _grant_handler(self, user_id: str, role: Role) -> Callable[[], Awaitable[None]]:
        async def on_click() -> None:
            await run_action(self._ctx, self.errors, lambda: self._grant(user_id, role))

        return on_click

    async def _grant(self, user_id: str, role: Role) -> None:
        result = await self._ctx.auth.call(
            lambda token: self._ctx.client.grant_role(user_id, role.value, token)
        )
        self.errors.show(result.errors)
        if result.user is not None:
            self._users = tuple(result.user if u.id == user_id else u for u in self._users)
            self._render_rows()
