"""One person in the super admin's list, and what can be done to their account from there.

Each row shows the outcome of its own actions: the account as the users service answered it, or the
typed errors it refused with (revoking your own super admin, say), translated by code.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

import flet as ft
from eventxperts_app.api.models import ApiError, Role, User, UserResult
from eventxperts_app.views.actions import run_action
from eventxperts_app.views.app_context import AppContext
from eventxperts_app.views.form_errors import describe, error_text, text_slot

UserChange = Callable[[str], Awaitable[UserResult]]  # access token -> the service's answer
ClickHandler = Callable[[], Awaitable[None]]

# USER is the base role: the service refuses to revoke it (deactivating is the way), so it is
# never offered; every other refusal is the service's to make and is shown as it answers.
REVOCABLE_ROLES = tuple(role for role in Role if role is not Role.USER)


class AdminUserRow:
    def __init__(self, ctx: AppContext, user: User) -> None:
        self._ctx = ctx
        self._tr = ctx.tr
        self.user = user
        self.errors: tuple[ApiError, ...] = ()
        self.confirming_deactivation = False
        self.error_line = error_text()
        self.control = ft.Column(spacing=4)
        self.render()

    def show(self, errors: Iterable[ApiError]) -> None:
        self.errors = tuple(errors)
        self.render()

    def render(self) -> None:
        """(Re)builds the row in the current language from the account and the row's state."""
        actions = [self._grant_menu(), self._revoke_menu(), self._activation_button()]
        self.control.controls = [ft.Row([self._who(), *actions], wrap=True)]
        if self.confirming_deactivation:
            self.control.controls.append(self._deactivation_confirmation())
        text_slot(self.error_line)("\n".join(describe(self._tr, e) for e in self.errors) or None)
        self.control.controls.append(self.error_line)

    def _who(self) -> ft.Control:
        details = [self.user.email, ", ".join(self._tr(f"role.{role.value}") for role in self.user.roles)]
        if not self.user.is_active:
            details.append(self._tr("admin.inactive"))
        return ft.Column([ft.Text(self.user.name), ft.Text(" · ".join(details), size=12)], width=360)

    def _role_menu(
        self, key: str, roles: Iterable[Role], change: Callable[[Role], ClickHandler]
    ) -> ft.Control:
        items = [
            ft.PopupMenuItem(content=self._tr(f"role.{role.value}"), on_click=change(role)) for role in roles
        ]
        # The tooltip names the menu for screen readers instead of Flutter's English "Show menu".
        label = self._tr(key)
        opener = ft.Row(
            [
                ft.Text(label, color=ft.Colors.PRIMARY),
                ft.Icon(ft.Icons.ARROW_DROP_DOWN, color=ft.Colors.PRIMARY),
            ],
            tight=True,
            spacing=0,
        )
        return ft.PopupMenuButton(content=opener, tooltip=label, items=items, visible=bool(items))

    def _grant_menu(self) -> ft.Control:
        not_held = [role for role in Role if role not in self.user.roles]
        return self._role_menu("admin.grant", not_held, self._granter)

    def _revoke_menu(self) -> ft.Control:
        held = [role for role in REVOCABLE_ROLES if role in self.user.roles]
        return self._role_menu("admin.revoke", held, self._revoker)

    def _activation_button(self) -> ft.Control:
        if self.user.is_active:
            return ft.OutlinedButton(content=self._tr("admin.deactivate"), on_click=self._ask_to_deactivate)
        return ft.OutlinedButton(content=self._tr("admin.reactivate"), on_click=self._reactivate)

    def _deactivation_confirmation(self) -> ft.Control:
        question = self._tr("admin.deactivate_confirm").format(name=self.user.name)
        return ft.Row(
            [
                ft.Text(question, width=360),
                ft.TextButton(content=self._tr("admin.cancel"), on_click=self._cancel_deactivation),
                ft.FilledButton(
                    content=self._tr("admin.deactivate_yes"),
                    on_click=self._deactivate,
                    bgcolor=ft.Colors.ERROR,
                ),
            ],
            wrap=True,
        )

    def _granter(self, role: Role) -> ClickHandler:
        user_id = self.user.id

        async def grant() -> None:
            await self._change(lambda token: self._ctx.client.grant_role(user_id, role, token))

        return grant

    def _revoker(self, role: Role) -> ClickHandler:
        user_id = self.user.id

        async def revoke() -> None:
            await self._change(lambda token: self._ctx.client.revoke_role(user_id, role, token))

        return revoke

    async def _ask_to_deactivate(self) -> None:
        self.confirming_deactivation = True
        self.render()
        self._ctx.refresh()

    async def _cancel_deactivation(self) -> None:
        self.confirming_deactivation = False
        self.render()
        self._ctx.refresh()

    async def _deactivate(self) -> None:
        user_id = self.user.id
        await self._change(lambda token: self._ctx.client.deactivate_user(user_id, token))

    async def _reactivate(self) -> None:
        user_id = self.user.id
        await self._change(lambda token: self._ctx.client.reactivate_user(user_id, token))

    async def _change(self, change: UserChange) -> None:
        """Sends one change; the row then shows the account as answered, or why it was refused."""

        async def send() -> None:
            result = await self._ctx.auth.call(change)
            if result.user is not None and not result.errors:
                self.user = result.user
                self.confirming_deactivation = False
            self.show(result.errors)

        await run_action(self._ctx, self, send, busy=self.control)
