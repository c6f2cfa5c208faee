"""Sign in with a phone, as Indian apps do: the number, then the six-digit code texted to it.

A number without an account is asked for a name after its code (NAME_REQUIRED) and signs up with the
same code. A new code can be asked for once a countdown ends (the service limits codes per hour too).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.account import gateway
from eventxperts_app.features.account.form_checks import check_phone_code_request, check_phone_sign_in
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

RESEND_AFTER_SECONDS = 30
RESEND_IN = N_("Send a new code in {seconds} s")
RESEND_NOW = N_("Send a new code")


class PhoneSignInScreen:
    def __init__(self, ctx: AppContext, *, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._ctx = ctx
        self._sleep = sleep
        self.labels = Labels(ctx.tr)
        self.phone = text_field(self.labels, N_("Mobile number"), keyboard=ft.KeyboardType.PHONE)
        self.send = primary_button(self.labels, N_("Text me a code"), self._send_code)
        self.code = text_field(self.labels, N_("6-digit code from the SMS"), keyboard=ft.KeyboardType.NUMBER)
        self.name = text_field(self.labels, N_("Your name"))
        self.name.visible = False
        self.sign_in = primary_button(self.labels, N_("Sign in"), self._sign_in)
        self.resend = ft.TextButton(on_click=self._send_again, disabled=True)
        self.seconds_left = 0
        self.labels.on_relabel(self._label_resend)
        self.errors = FormErrors(
            self.labels,
            {
                "phone": text_field_slot(self.phone),
                "code": text_field_slot(self.code),
                "name": text_field_slot(self.name),
            },
        )
        submit_on_enter(self._send_code, self.phone)
        submit_on_enter(self._sign_in, self.code, self.name)
        self.new_here = self.labels.text(
            N_("This number has no account yet. Tell us your name to create one."), visible=False
        )
        # The second step appears once a code was asked for.
        self.second_step = ft.Column(
            [
                self.labels.text(
                    N_("We texted a code to this number. It works for 5 minutes."), color=ft.Colors.PRIMARY
                ),
                self.code,
                self.new_here,
                self.name,
                self.sign_in,
                self.resend,
            ],
            spacing=12,
            visible=False,
        )
        self._countdown: asyncio.Task[None] | None = None
        self.controls: list[ft.Control] = [
            form_column(
                screen_title(self.labels, N_("Sign in with phone")),
                self.errors.banner,
                self.phone,
                self.send,
                self.second_step,
                link_button(self.labels, N_("Sign in with email instead"), self._to_login),
            )
        ]

    async def load(self) -> None:
        """Nothing to fetch."""

    async def _send_code(self) -> None:
        problems = check_phone_code_request(self.phone.value)
        self.errors.show(problems)
        if not problems:
            await run_action(self._ctx, self.errors, self._request, busy=self.send)
        self._ctx.refresh()

    async def _send_again(self) -> None:
        if self.seconds_left == 0:
            await run_action(self._ctx, self.errors, self._request, busy=self.resend)
            self._label_resend()  # run_action enabled it: the new countdown disables it again

    async def _request(self) -> None:
        result = await gateway.request_phone_code(self._ctx.client, self.phone.value, self._language())
        if result.errors:
            self.errors.show(result.errors)
            return
        self.errors.show(())
        self.second_step.visible = True
        self.send.visible = False
        self.seconds_left = RESEND_AFTER_SECONDS
        self._label_resend()
        if self._countdown is None or self._countdown.done():
            self._countdown = asyncio.get_running_loop().create_task(self.count_down())

    async def count_down(self) -> None:
        """A second at a time until a new code may be asked for."""
        while self.seconds_left > 0:
            await self._sleep(1)
            self.seconds_left -= 1
            self._label_resend()
            self._ctx.refresh()

    def _label_resend(self) -> None:
        waiting = self.seconds_left > 0
        text = self.labels.tr(RESEND_IN if waiting else RESEND_NOW)
        self.resend.content = text.format(seconds=self.seconds_left) if waiting else text
        self.resend.disabled = waiting

    async def _sign_in(self) -> None:
        name = self.name.value if self.name.visible else None
        problems = check_phone_sign_in(self.phone.value, self.code.value, name)
        self.errors.show(problems)
        if not problems:
            await run_action(self._ctx, self.errors, lambda: self._signed_in(name), busy=self.sign_in)
        self._ctx.refresh()

    async def _signed_in(self, name: str | None) -> None:
        result = await gateway.sign_in_with_phone(
            self._ctx.client, self.phone.value, self.code.value, name, self._language()
        )
        if any(error.code == "NAME_REQUIRED" for error in result.errors):
            self.new_here.visible = self.name.visible = True
        if result.errors:
            self.errors.show(result.errors)
            return
        self._ctx.auth.start(result)
        if result.user is not None:
            self._ctx.switch_language(Language(result.user.profile.preferred_language.value.lower()))
        await self._ctx.go(routes.HOME)

    def _language(self) -> str:
        return self._ctx.tr.language.value

    async def _to_login(self) -> None:
        await self._ctx.go(routes.SIGN_IN)
