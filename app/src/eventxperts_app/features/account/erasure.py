"""The profile's danger zone: the signed-in person erases their own account, for good.

The current password confirms it is them, and a second question confirms they mean it. Once erased
there is no session left to sign out of (the users service dropped every refresh token), so the
app only forgets its tokens and shows the sign-in screen with a notice. An answer that the account
is already erased (the first answer was lost and the person pressed again, or another tab erased
it) ends the same way: what they asked for has happened.
"""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.gateway_errors import UNEXPECTED_RESPONSE
from eventxperts_app.api.models import ApiError, OkResult
from eventxperts_app.features.account import gateway
from eventxperts_app.features.account.form_checks import check_erasure
from eventxperts_app.i18n import N_
from eventxperts_app.ui import routes
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_fields import FORM_WIDTH, text_field
from eventxperts_app.ui.labels import Labels

ERASED_NOTICE = N_("Your account was erased")
ALREADY_ERASED = "ACCOUNT_ERASED"


class AccountErasure:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self.password = text_field(labels, N_("Current password"), password=True)
        self.errors = FormErrors(labels, {"password": text_field_slot(self.password)})
        self.start = labels.bind(
            ft.OutlinedButton(on_click=self._ask, style=ft.ButtonStyle(color=ft.Colors.ERROR)),
            "content",
            N_("Erase my account"),
        )
        self.confirmation = self._confirmation(labels)
        zone = ft.Column(
            [
                labels.text(N_("Delete my account"), weight=ft.FontWeight.BOLD, color=ft.Colors.ERROR),
                labels.text(
                    N_(
                        "Erasing removes your name, email, mobile number, business profile and roles; "
                        "only an anonymous id is kept. This cannot be undone."
                    )
                ),
                self.password,
                self.start,
                self.confirmation,
                self.errors.banner,
            ],
            spacing=12,
        )
        # Set apart from the profile form above: a divider, then a box outlined in the error colour.
        self.control = ft.Column(
            [
                ft.Divider(height=32),
                ft.Container(
                    content=zone,
                    border=ft.Border.all(1, ft.Colors.ERROR),
                    border_radius=8,
                    padding=16,
                    width=FORM_WIDTH,
                ),
            ]
        )

    def _confirmation(self, labels: Labels) -> ft.Row:
        erase = ft.FilledButton(on_click=self._erase, bgcolor=ft.Colors.ERROR)
        return ft.Row(
            [
                labels.text(N_("Erase my account for good?"), weight=ft.FontWeight.BOLD),
                labels.bind(ft.TextButton(on_click=self._cancel), "content", N_("Cancel")),
                labels.bind(erase, "content", N_("Erase")),
            ],
            wrap=True,
            visible=False,
        )

    @property
    def confirming(self) -> bool:
        return self.confirmation.visible

    def _confirm_step(self, shown: bool) -> None:
        self.confirmation.visible = shown
        self.start.visible = not shown

    async def _ask(self) -> None:
        problems = check_erasure(self.password.value)
        self.errors.show(problems)
        self._confirm_step(not problems)
        self._ctx.refresh()

    async def _cancel(self) -> None:
        self.errors.clear()
        self._confirm_step(False)
        self._ctx.refresh()

    async def _erase(self) -> None:
        password = self.password.value

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda token: gateway.erase_my_account(self._ctx.client, password, token)
            )
            await self.conclude(result)

        await run_action(self._ctx, self.errors, send, busy=self.confirmation)

    async def conclude(self, result: OkResult) -> None:
        """Erased (now or before): forget the session and go to sign-in with a notice. Refused: say why."""
        if is_erased(result):
            self._ctx.auth.end()
            self._ctx.notices.post(ERASED_NOTICE)
            await self._ctx.go(routes.SIGN_IN)
            return
        self.errors.show(result.errors or [ApiError(UNEXPECTED_RESPONSE, "not erased, and no reason given")])


def is_erased(result: OkResult) -> bool:
    """The account is gone: erased by this request, or already by an earlier one."""
    if result.ok and not result.errors:
        return True
    return any(error.code == ALREADY_ERASED for error in result.errors)
