"""Forgot password: ask for a code by email, then set a new password with it (and be signed in)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.account import gateway
from eventxperts_app.features.account.form_checks import check_reset, check_reset_request
from eventxperts_app.i18n import N_, Language
from eventxperts_app.ui import routes
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_fields import (
    form_column,
    link_button,
    primary_button,
    screen_title,
    submit_on_enter,
    text_field,
)
from eventxperts_app.ui.labels import Labels

PASSWORD_RULE = N_("At least 10 characters, with letters and digits, and not your email.")


class ForgotPasswordScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = Labels(ctx.tr)
        self.email = text_field(self.labels, N_("Email"), keyboard=ft.KeyboardType.EMAIL)
        self.send = primary_button(self.labels, N_("Email me a code"), self._send_code)
        self.code = text_field(self.labels, N_("Code from the email"), keyboard=ft.KeyboardType.NUMBER)
        self.new_password = text_field(self.labels, N_("New password"), password=True)
        self.reset = primary_button(self.labels, N_("Set new password"), self._reset)
        self.sent = self.labels.text(
            N_("If this email has an account, a code is on its way. It works for 15 minutes."),
            color=ft.Colors.PRIMARY,
        )
        self.errors = FormErrors(
            self.labels,
            {
                "email": text_field_slot(self.email),
                "code": text_field_slot(self.code),
                "newPassword": text_field_slot(self.new_password),
            },
        )
        submit_on_enter(self._send_code, self.email)
        submit_on_enter(self._reset, self.code, self.new_password)
        # The second step appears once a code was asked for.
        self.second_step = ft.Column(
            [self.sent, self.code, self.new_password, self.labels.text(PASSWORD_RULE), self.reset],
            spacing=12,
            visible=False,
        )
        self.controls: list[ft.Control] = [
            form_column(
                screen_title(self.labels, N_("Reset your password")),
                self.labels.text(N_("We email you a code. Type it here with a new password.")),
                self.errors.banner,
                self.email,
                self.send,
                self.second_step,
                link_button(self.labels, N_("Back to sign in"), self._to_login),
            )
        ]

    async def load(self) -> None:
        """Nothing to fetch."""

    async def _send_code(self) -> None:
        problems = check_reset_request(self.email.value)
        self.errors.show(problems)
        if not problems:
            await run_action(self._ctx, self.errors, self._request, busy=self.send)
        self._ctx.refresh()

    async def _request(self) -> None:
        result = await gateway.request_password_reset(self._ctx.client, self.email.value)
        if result.errors:
            self.errors.show(result.errors)
            return
        self.second_step.visible = True

    async def _reset(self) -> None:
        problems = check_reset(self.email.value, self.code.value, self.new_password.value)
        self.errors.show(problems)
        if not problems:
            await run_action(self._ctx, self.errors, self._set_password, busy=self.reset)
        self._ctx.refresh()

    async def _set_password(self) -> None:
        result = await gateway.reset_password(
            self._ctx.client, self.email.value, self.code.value, self.new_password.value
        )
        if result.errors:
            self.errors.show(result.errors)
            return
        self._ctx.auth.start(result)
        if result.user is not None:
            self._ctx.switch_language(Language(result.user.profile.preferred_language.value.lower()))
        await self._ctx.go(routes.HOME)

    async def _to_login(self) -> None:
        await self._ctx.go(routes.SIGN_IN)
