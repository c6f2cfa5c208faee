"""The organizer's billing profile: how they are registered for GST, the legal name where it differs,
bank account and UPI id for payments, default terms, and the document series numbering their invoices.
Business name, GSTIN and state come from their profile (changed there, not asked again)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.document_summary import labelled
from eventxperts_app.features.billing.forms import ProfileForm
from eventxperts_app.features.billing.models import BillingProfile, RegistrationType
from eventxperts_app.features.billing.names import KINDS, REGISTRATIONS
from eventxperts_app.features.billing.paths import BILLING
from eventxperts_app.features.billing.state_choice import STATES
from eventxperts_app.features.billing.variables import profile_variables
from eventxperts_app.i18n import N_, Language
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import (
    HALF,
    WHOLE,
    actions_row,
    box,
    button,
    card,
    choice,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels


class BillingProfileScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.profile: BillingProfile | None = None
        self.registration = choice(
            labels, N_("GST registration"), REGISTRATIONS, col=WHOLE, value=RegistrationType.REGULAR.value
        )
        self.legal_name = box(labels, N_("Legal name (if not the business name)"))
        self.upi_id = box(labels, N_("UPI id for payments (e.g. name@okaxis)"))
        self.bank_account = box(labels, N_("Bank account number"), keyboard=ft.KeyboardType.NUMBER)
        self.bank_ifsc = box(labels, N_("IFSC"))
        self.bank_name = box(labels, N_("Bank and branch"), col=HALF)
        self.terms = box(labels, N_("Default terms on your documents"), col=WHOLE, multiline=True)
        self.facts = ft.Column(spacing=4)
        self.series = ft.Column(spacing=4)
        self.errors = FormErrors(
            labels,
            {
                "registrationType": dropdown_slot(self.registration),
                "legalName": text_field_slot(self.legal_name),
                "upiId": text_field_slot(self.upi_id),
                "bankAccount.number": text_field_slot(self.bank_account),
                "bankAccount.ifsc": text_field_slot(self.bank_ifsc),
                "bankName": text_field_slot(self.bank_name),
                "defaultTerms": text_field_slot(self.terms),
            },
        )
        self.submit = button(labels, N_("Save billing profile"), self._submit, filled=True)
        self.saved = labels.text(N_("Billing profile saved"), color=ft.Colors.PRIMARY, visible=False)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Billing profile")),
                    card([heading(labels, N_("From your business profile")), self.facts]),
                    self.errors.banner,
                    fields_row(self.registration, self.legal_name, self.upi_id),
                    heading(labels, N_("Bank account (printed on invoices)")),
                    labels.text(
                        N_("For safety the account is not shown again: enter it each time you save.")
                    ),
                    fields_row(self.bank_account, self.bank_ifsc, self.bank_name),
                    fields_row(self.terms),
                    actions_row(self.submit, button(labels, N_("Back to billing"), self._back)),
                    self.saved,
                    card([heading(labels, N_("Numbering series")), self.series]),
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            self.show(await self._ctx.auth.call(lambda t: gateway.billing_profile(self._ctx.client, t)))

        await run_action(self._ctx, self.errors, fetch)

    def show(self, profile: BillingProfile) -> None:
        self.profile = profile
        self.registration.value = profile.registration_type.value
        self.legal_name.value = profile.legal_name or ""
        self.upi_id.value = profile.upi_id or ""
        self.terms.value = profile.default_terms or ""
        self._render()

    def _render(self) -> None:
        tr, profile = self.labels.tr, self.profile
        if profile is None:
            return
        state = next((s for s in STATES if s.code == profile.state_code), None)
        state_name = (
            ((state.name_te or state.name) if tr.language is Language.TE else state.name) if state else "—"
        )
        self.facts.controls = [
            ft.Text(labelled(tr, N_("Business name"), profile.business_name or "—")),
            ft.Text(labelled(tr, N_("GSTIN"), profile.gstin or "—")),
            ft.Text(labelled(tr, N_("State"), state_name)),
            ft.Text(tr(N_("Change these on your profile."))),
        ]
        self.series.controls = [
            ft.Text(f"{s.prefix} · {tr(KINDS[s.kind])} · {s.name}") for s in profile.series
        ] or [ft.Text(tr(N_("Your series are made when you first save this profile.")))]

    def form(self) -> ProfileForm:
        return ProfileForm(
            registration_type=RegistrationType(self.registration.value or RegistrationType.REGULAR.value),
            legal_name=self.legal_name.value,
            upi_id=self.upi_id.value,
            bank_account_number=self.bank_account.value,
            bank_ifsc=self.bank_ifsc.value,
            bank_name=self.bank_name.value,
            default_terms=self.terms.value,
        )

    async def _back(self) -> None:
        await self._ctx.go(BILLING)

    async def _submit(self) -> None:
        self.saved.visible = False
        built = profile_variables(self.form())

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.update_profile(self._ctx.client, built.variables, t)
            )
            self.errors.show(result.errors)
            if result.profile is not None and not result.errors:
                self.show(result.profile)
                self.saved.visible = True

        await run_action(self._ctx, self.errors, send, busy=self.submit)
