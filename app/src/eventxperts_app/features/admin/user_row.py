"""One person in the super admin's list, as a card, and what can be done to their account from there.

Each card shows the outcome of its own actions: the account as the users service answered it, or the
typed errors it refused with, translated by code; a change that went through is confirmed in a
snackbar too. Deactivating, erasing and making someone a super admin ask first, in the card. An
erased account keeps only its id: nothing more can be done to it. On their own card a super admin is
offered only what the users service lets them do to themselves: granting a role. Revoking one,
deactivating, reactivating and erasing are another super admin's to do (or the profile's, for
erasing), so they are not offered to be refused.
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
MENU_MIN_HEIGHT = 48  # the menus' openers are tap targets too (ui/theme.py MIN_TAP_TARGET)


@dataclass(frozen=True)
class Question:
    """An action that asks first: the question ({name} is filled in) and its yes button."""

    question: Msgid
    yes: Msgid
    done: Msgid  # the snackbar once the service agreed ({name} is filled in)


DEACTIVATION = Question(
    N_("Deactivate {name}? They are signed out at once and cannot sign in until reactivated."),
    N_("Yes, deactivate"),
    N_("{name} deactivated"),
)
ERASURE = Question(
    N_("Erase {name}'s data for good? Only their id is kept."), N_("Yes, erase"), N_("{name}'s data erased")
)
SUPER_ADMIN_GRANT = Question(
    N_("Make {name} a super admin? They can then manage every account, yours included."),
    N_("Yes, make super admin"),
    N_("{name} is now a super admin"),
)


class AdminUserRow:
    def __init__(self, ctx: AppContext, user: User) -> None:
        self._ctx = ctx
        self._tr = ctx.tr
        self.user = user
        self.errors: tuple[ApiError, ...] = ()
        self.asking: Question | None = None
        self.error_line = error_text()
        self.body = ft.Column(spacing=8)
        self.control = ft.Card(content=ft.Container(self.body, padding=12), semantic_container=False)
        self.render()

    def show(self, errors: Iterable[ApiError]) -> None:
        self.errors = tuple(errors)
        self.render()

    def render(self) -> None:
        """(Re)builds the row in the current language from the account and the row's state."""
        self.body.controls = [self._who()]
        actions = self._actions()
        if actions:
            self.body.controls.append(ft.Row(actions, wrap=True, spacing=8, run_spacing=4))
        if self.asking is not None and not self.user.is_erased:
            self.body.controls.append(self._confirmation(self.asking))
        text_slot(self.error_line)("\n".join(describe(self._tr, e) for e in self.errors) or None)
        self.body.controls.append(self.error_line)

    @property
    def is_own(self) -> bool:
        signed_in = self._ctx.auth.user
        return signed_in is not None and signed_in.id == self.user.id

    def _actions(self) -> list[ft.Control]:
        if self.user.is_erased:
            return []
        if self.is_own:
            return [self._grant_menu()]
        return [
            self._grant_menu(),
            self._revoke_menu(),
            self._activation_button(),
            self._ask_button(N_("Erase data"), ERASURE),
        ]

    def _who(self) -> ft.Control:
        if self.user.erased_at is not None:
            return erased_account_summary(self._tr, self.user.id, self.user.erased_at)
        details = [self.user.email, ", ".join(self._tr(role_name(role)) for role in self.user.roles)]
        if not self.user.is_active:
            details.append(self._tr(N_("Deactivated")))
        return ft.Column(
            [
                ft.Text(self.user.name, theme_style=ft.TextThemeStyle.TITLE_SMALL),
                ft.Text(" · ".join(details), theme_style=ft.TextThemeStyle.BODY_SMALL),
            ],
            spacing=2,
        )

    def _role_menu(
        self, name: Msgid, roles: Iterable[Role], change: Callable[[Role], ClickHandler]
    ) -> ft.Control:
        items = [ft.PopupMenuItem(content=self._tr(role_name(role)), on_click=change(role)) for role in roles]
        # The tooltip names the menu for screen readers instead of Flutter's English "Show menu".
        label = self._tr(name)
        opener = ft.Container(
            ft.Row(
                [
                    ft.Text(label, color=ft.Colors.PRIMARY),
                    ft.Icon(ft.Icons.ARROW_DROP_DOWN, color=ft.Colors.PRIMARY),
                ],
                tight=True,
                spacing=0,
            ),
            height=MENU_MIN_HEIGHT,  # the semantics node (the tap target) is the opener's own box
            padding=ft.Padding.symmetric(horizontal=8),
            alignment=ft.Alignment.CENTER_LEFT,
        )
        return ft.PopupMenuButton(
            content=opener,
            tooltip=label,
            items=items,
            visible=bool(items),
        )

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
        return ft.OutlinedButton(content=self._tr(label), on_click=self._asker(question))

    def _asker(self, question: Question) -> ClickHandler:
        async def ask() -> None:
            self.asking = question
            self.render()
            self._ctx.refresh()

        return ask

    def _confirmation(self, question: Question) -> ft.Control:
        answers = {
            DEACTIVATION: self._deactivate,
            ERASURE: self._erase,
            SUPER_ADMIN_GRANT: self._make_super_admin,
        }
        buttons: list[ft.Control] = [
            ft.TextButton(content=self._tr(N_("Cancel")), on_click=self._cancel_question),
            ft.FilledButton(
                content=self._tr(question.yes), on_click=answers[question], bgcolor=ft.Colors.ERROR
            ),
        ]
        return ft.Column(
            [
                ft.Text(self._tr(question.question).format(name=self.user.name)),
                ft.Row(buttons, wrap=True, alignment=ft.MainAxisAlignment.END),
            ],
            spacing=4,
        )

    def _granter(self, role: Role) -> ClickHandler:
        if role is Role.SUPER_ADMIN:  # the power to manage every account: asked first
            return self._asker(SUPER_ADMIN_GRANT)
        user_id = self.user.id
        done = self._tr(N_("{role} granted to {name}")).format(
            role=self._tr(role_name(role)), name=self.user.name
        )

        async def grant() -> None:
            await self._change(lambda token: gateway.grant_role(self._ctx.client, user_id, role, token), done)

        return grant

    def _revoker(self, role: Role) -> ClickHandler:
        user_id = self.user.id
        done = self._tr(N_("{role} revoked from {name}")).format(
            role=self._tr(role_name(role)), name=self.user.name
        )

        async def revoke() -> None:
            await self._change(
                lambda token: gateway.revoke_role(self._ctx.client, user_id, role, token), done
            )

        return revoke

    async def _cancel_question(self) -> None:
        self.asking = None
        self.render()
        self._ctx.refresh()

    def _done(self, question: Question) -> str:
        return self._tr(question.done).format(name=self.user.name)

    async def _deactivate(self) -> None:
        user_id = self.user.id
        await self._change(
            lambda token: gateway.deactivate_user(self._ctx.client, user_id, token), self._done(DEACTIVATION)
        )

    async def _erase(self) -> None:
        user_id = self.user.id
        await self._change(
            lambda token: gateway.erase_user(self._ctx.client, user_id, token), self._done(ERASURE)
        )

    async def _make_super_admin(self) -> None:
        user_id = self.user.id
        await self._change(
            lambda token: gateway.grant_role(self._ctx.client, user_id, Role.SUPER_ADMIN, token),
            self._done(SUPER_ADMIN_GRANT),
        )

    async def _reactivate(self) -> None:
        user_id = self.user.id
        done = self._tr(N_("{name} reactivated")).format(name=self.user.name)
        await self._change(lambda token: gateway.reactivate_user(self._ctx.client, user_id, token), done)

    async def _change(self, change: UserChange, done: str) -> None:
        """Sends one change; the card then shows the account as answered, or why it was refused.
        `done` (already in the language on screen) is the snackbar when the service agreed."""

        async def send() -> None:
            result = await self._ctx.auth.call(change)
            if result.user is not None and not result.errors:
                self.user = result.user
                self.asking = None
                self._ctx.confirm(done)
            self.show(result.errors)

        await run_action(self._ctx, self, send, busy=self.control)
