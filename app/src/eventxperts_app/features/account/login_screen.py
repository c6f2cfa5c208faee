"""Sign in with email and password."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.account import gateway, paths
from eventxperts_app.features.account.form_checks import check_login
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


class LoginScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = Labels(ctx.tr)
        self.email = text_field(self.labels, N_("Email"), keyboard=ft.KeyboardType.EMAIL)
        self.password = text_field(self.labels, N_("Password"), password=True)
        self.submit = primary_button(self.labels, N_("Sign in"), self._submit)
        submit_on_enter(self._submit, self.email, self.password)
        self.errors = FormErrors(
            self.labels,
            {"email": text_field_slot(self.email), "password": text_field_slot(self.password)},
        )
        notice_key = ctx.notices.take()
        # Why the person is here (their account was just erased, say), above everything else.
        self.notice = self.labels.text(notice_key, color=ft.Colors.PRIMARY) if notice_key else None
        notices = [self.notice] if self.notice is not None else []
        self.controls: list[ft.Control] = [
            form_column(
                *notices,
                screen_title(self.labels, N_("Welcome back")),
                self.errors.banner,
                self.email,
                self.password,
                self.submit,
                link_button(self.labels, N_("Sign in with phone"), self._to_phone_sign_in),
                link_button(self.labels, N_("Forgot password?"), self._to_forgot_password),
                link_button(self.labels, N_("New here? Create an account"), self._to_register),
            )
        ]

    async def load(self) -> None:
        """Nothing to fetch before signing in."""

    async def _submit(self) -> None:
        problems = check_login(self.email.value, self.password.value)
        self.errors.show(problems)
        if not problems:
            await run_action(self._ctx, self.errors, self._login, busy=self.submit)
        self._ctx.refresh()

    async def _login(self) -> None:
        result = await gateway.login(self._ctx.client, self.email.value, self.password.value)
        if result.errors:
            self.errors.show(result.errors)
            return
        self._ctx.auth.start(result)
        if result.user is not None:
            # Signed in, the app speaks the language the person chose for themselves.
            self._ctx.switch_language(Language(result.user.profile.preferred_language.value.lower()))
        await self._ctx.go(routes.HOME)

    async def _to_phone_sign_in(self) -> None:
        await self._ctx.go(paths.PHONE_SIGN_IN)

    async def _to_forgot_password(self) -> None:
        await self._ctx.go(paths.FORGOT_PASSWORD)

    async def _to_register(self) -> None:
        await self._ctx.go(paths.REGISTER)
