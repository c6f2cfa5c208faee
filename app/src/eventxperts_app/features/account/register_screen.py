"""Create an account as a user, an organizer or a store owner (never a super admin)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import PreferredLanguage, Role
from eventxperts_app.features.account import gateway
from eventxperts_app.features.account.form_checks import check_registration
from eventxperts_app.features.account.models import SELF_SERVICE_ROLES, RegistrationForm
from eventxperts_app.i18n import N_
from eventxperts_app.ui import routes
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, error_text, text_field_slot, text_slot
from eventxperts_app.ui.form_fields import (
    form_column,
    link_button,
    primary_button,
    screen_title,
    submit_on_enter,
    text_field,
)
from eventxperts_app.ui.labels import Labels

# What the person does, in plain words; each answer is the role it asks for.
WHAT_THEY_DO = {
    Role.USER: N_("I'm planning an event"),
    Role.ORGANIZER: N_("I run an event business"),
    Role.STORE_OWNER: N_("I sell event supplies"),
}


class RegisterScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = Labels(ctx.tr)
        self.name = text_field(self.labels, N_("Full name"))
        self.email = text_field(self.labels, N_("Email"), keyboard=ft.KeyboardType.EMAIL)
        self.phone = text_field(self.labels, N_("Mobile number"), keyboard=ft.KeyboardType.PHONE)
        self.password = text_field(self.labels, N_("Password"), password=True)
        # No answer chosen for them: "User" as a default made organizers register as users.
        self.role = ft.RadioGroup(
            value=None,
            content=ft.Column([self._role_option(role) for role in SELF_SERVICE_ROLES]),
        )
        role_error = error_text()
        self.submit = primary_button(self.labels, N_("Create account"), self._submit)
        submit_on_enter(self._submit, self.name, self.email, self.phone, self.password)
        self.errors = FormErrors(
            self.labels,
            {
                "name": text_field_slot(self.name),
                "email": text_field_slot(self.email),
                "phone": text_field_slot(self.phone),
                "password": text_field_slot(self.password),
                "role": text_slot(role_error),
            },
        )
        self.controls: list[ft.Control] = [
            form_column(
                screen_title(self.labels, N_("Create your account")),
                self.errors.banner,
                self.name,
                self.email,
                self.phone,
                self.password,
                self.labels.text(N_("What brings you to EventXperts?")),
                self.role,
                role_error,
                self.submit,
                link_button(self.labels, N_("Already registered? Sign in"), self._to_login),
            )
        ]

    def _role_option(self, role: Role) -> ft.Radio:
        return self.labels.bind(ft.Radio(value=role.value), "label", WHAT_THEY_DO[role])

    def form(self) -> RegistrationForm:
        return RegistrationForm(
            name=self.name.value,
            email=self.email.value,
            phone=self.phone.value,
            password=self.password.value,
            role=Role(self.role.value) if self.role.value else None,
            language=PreferredLanguage(self._ctx.tr.language.value.upper()),
        )

    async def load(self) -> None:
        """Nothing to fetch before registering."""

    async def _submit(self) -> None:
        problems = check_registration(self.form())
        self.errors.show(problems)
        if not problems:
            await run_action(self._ctx, self.errors, self._register, busy=self.submit)
        self._ctx.refresh()

    async def _register(self) -> None:
        result = await gateway.register(self._ctx.client, self.form())
        if result.errors:
            self.errors.show(result.errors)
            return
        self._ctx.auth.start(result)
        await self._ctx.go(routes.HOME)

    async def _to_login(self) -> None:
        await self._ctx.go(routes.SIGN_IN)
