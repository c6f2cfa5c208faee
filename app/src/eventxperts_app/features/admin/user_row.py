"""One person in the super admin's list, and what can be done to their account from there.

Each row shows the outcome of its own actions: the account as the users service answered it, or the
typed errors it refused with (revoking your own super admin, say), translated by code. Deactivating
and erasing ask first, in the row. An erased account keeps only its id: nothing more can be done to it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

import flet as ft

from eventxperts_app.api.models import ApiError, Role, User, UserResult
from eventxperts_app.features.admin import gateway
from eventxperts_app.features.admin.erased_account import erased_account_summary
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import describe, error_text, text_slot
from eventxperts_app.ui.role_names import role_name

UserChange = Callable[[str], Awaitable[UserResult]]  # access token -> the service's answer
ClickHandler = Callable[[], Awaitable[None]]

# USER is the base role: the service refuses to revoke it (deactivating is the way), so it is
# never offered; every other refusal is the service's to make and is shown as it answers.
REVOCABLE_ROLES = tuple(role for role in Role if role is not Role.USER)
WHO_WIDTH = 360


@dataclass(frozen=True)
class Question:
    """An action that asks first: the question ({name} is filled in) and its yes button."""

    question: Msgid
    yes: Msgid


DEACTIVATION = Question(
    N_("Deactivate {name}? They are signed out at once and cannot sign in until reactivated."),
    N_("Yes, deactivate"),
)
ERASURE = Question(N_("Erase {name}'s data for good? Only their id is kept."), N_("Yes, erase"))


class AdminUserRow:
    def __init__(self, ctx: AppContext, user: User) -> None:
        self._ctx = ctx
        self._tr = ctx.tr
        self.user = user
        self.errors: tuple[ApiError, ...] = ()
        self.asking: Question | None = None
        self.error_line = error_text()
        self.control = ft.Column(spacing=4)
        self.render()

    def show(self, errors: Iterable[ApiError]) -> None:
        self.errors = tuple(errors)
        self.render()

    def render(self) -> None:
        """(Re)builds the row in the current language from the account and the row's state."""
        self.control.controls = [ft.Row([self._who(), *self._actions()], wrap=True)]
        if self.asking is not None and not self.user.is_erased:
            self.control.controls.append(self._confirmation(self.asking))
        text_slot(self.error_line)("\n".join(describe(self._tr, e) for e in self.errors) or None)
        self.control.controls.append(self.error_line)

    def _actions(self) -> list[ft.Control]:
        if self.user.is_erased:
            return []
        actions = [self._grant_menu(), self._revoke_menu(), self._activation_button()]
        signed_in = self._ctx.auth.user
        if signed_in is None or signed_in.id != self.user.id:  # one's own goes through the profile
            actions.append(self._ask_button(N_("Erase data"), ERASURE))
        return actions

    def _who(self) -> ft.Control:
        if self.user.erased_at is not None:
            return erased_account_summary(self._tr, self.user.id, self.user.erased_at, WHO_WIDTH)
        details = [self.user.email, ", ".join(self._tr(role_name(role)) for role in self.user.roles)]
        if not self.user.is_active:
            details.append(self._tr(N_("Deactivated")))
        return ft.Column([ft.Text(self.user.name), ft.Text(" · ".join(details), size=12)], width=WHO_WIDTH)

    def _role_menu(
        self, name: Msgid, roles: Iterable[Role], change: Callable[[Role], ClickHandler]
    ) -> ft.Control:
        items = [ft.PopupMenuItem(content=self._tr(role_name(role)), on_click=change(role)) for role in roles]
        # The tooltip names the menu for screen readers instead of Flutter's English "Show menu".
        label = self._tr(name)
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
        return self._role_menu(N_("Grant role"), not_held, self._granter)

    def _revoke_menu(self) -> ft.Control:
        held = [role for role in REVOCABLE_ROLES if role in self.user.roles]
        return self._role_menu(N_("Revoke role"), held, self._revoker)

    def _activation_button(self) -> ft.Control:
        if self.user.is_active:
            return self._ask_button(N_("Deactivate"), DEACTIVATION)
        return ft.OutlinedButton(content=self._tr(N_("Reactivate")), on_click=self._reactivate)

    def _ask_button(self, label: Msgid, question: Question) -> ft.Control:
        async def ask() -> None:
            self.asking = question
            self.render()
            self._ctx.refresh()

        return ft.OutlinedButton(content=self._tr(label), on_click=ask)

    def _confirmation(self, question: Question) -> ft.Control:
        answer = self._deactivate if question is DEACTIVATION else self._erase
        return ft.Row(
            [
                ft.Text(self._tr(question.question).format(name=self.user.name), width=WHO_WIDTH),
                ft.TextButton(content=self._tr(N_("Cancel")), on_click=self._cancel_question),
                ft.FilledButton(content=self._tr(question.yes), on_click=answer, bgcolor=ft.Colors.ERROR),
            ],
            wrap=True,
        )

    def _granter(self, role: Role) -> ClickHandler:
        user_id = self.user.id

        async def grant() -> None:
            await self._change(lambda token: gateway.grant_role(self._ctx.client, user_id, role, token))

        return grant

    def _revoker(self, role: Role) -> ClickHandler:
        user_id = self.user.id

        async def revoke() -> None:
            await self._change(lambda token: gateway.revoke_role(self._ctx.client, user_id, role, token))

        return revoke

    async def _cancel_question(self) -> None:
        self.asking = None
        self.render()
        self._ctx.refresh()

    async def _deactivate(self) -> None:
        user_id = self.user.id
        await self._change(lambda token: gateway.deactivate_user(self._ctx.client, user_id, token))

    async def _erase(self) -> None:
        user_id = self.user.id
        await self._change(lambda token: gateway.erase_user(self._ctx.client, user_id, token))

    async def _reactivate(self) -> None:
        user_id = self.user.id
        await self._change(lambda token: gateway.reactivate_user(self._ctx.client, user_id, token))

    async def _change(self, change: UserChange) -> None:
        """Sends one change; the row then shows the account as answered, or why it was refused."""

        async def send() -> None:
            result = await self._ctx.auth.call(change)
            if result.user is not None and not result.errors:
                self.user = result.user
                self.asking = None
            self.show(result.errors)

        await run_action(self._ctx, self, send, busy=self.control)
