"""The organizer's billing profile: how they are registered for GST, the legal name where it differs,
bank account and UPI id for payments, default terms, and the document series numbering their invoices.
Business name, GSTIN and state come from their profile (changed there, not asked again)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.document_summary import labelled
from eventxperts_app.features.billing.forms import ProfileForm
from eventxperts_app.features.billing.models import BillingProfile, DocumentKind, RegistrationType
from eventxperts_app.features.billing.names import KINDS, REGISTRATIONS
from eventxperts_app.features.billing.paths import BILLING
from eventxperts_app.features.billing.profile_images import image_rows, show_images
from eventxperts_app.features.billing.state_choice import STATES
from eventxperts_app.features.billing.variables import profile_variables
from eventxperts_app.i18n import N_, Language
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import (
    HALF,
    THIRD,
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

# Numbered at issue in a series of their own kind; quotations and invoices are what business lines split.
SERIES_KINDS = {kind: KINDS[kind] for kind in (DocumentKind.INVOICE, DocumentKind.QUOTATION)}


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
        self.saved_account = ft.Text()
        self.series_kind = choice(
            labels, N_("Documents"), SERIES_KINDS, col=THIRD, value=DocumentKind.INVOICE.value
        )
        self.series_prefix = box(labels, N_("Prefix (e.g. DEC)"), col=THIRD)
        self.series_name = box(labels, N_("Name (e.g. Decoration)"), col=THIRD)
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
                "prefix": text_field_slot(self.series_prefix),
                "name": text_field_slot(self.series_name),
            },
        )
        self.images = image_rows(ctx, labels, self.errors, self.load)
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
                    self.saved_account,
                    labels.text(N_("Leave the number empty to keep the saved account.")),
                    fields_row(self.bank_account, self.bank_ifsc, self.bank_name),
                    fields_row(self.terms),
                    actions_row(self.submit, button(labels, N_("Back to billing"), self._back)),
                    self.saved,
                    card([*(row.control for row in self.images.values())]),
                    card(
                        [
                            heading(labels, N_("Numbering series")),
                            self.series,
                            fields_row(self.series_kind, self.series_prefix, self.series_name),
                            actions_row(button(labels, N_("Add a series"), self._add_series)),
                        ]
                    ),
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
        account = profile.bank_account
        self.saved_account.value = (
            labelled(
                tr,
                N_("Saved account"),
                f"{account.number_masked} · {account.ifsc}" + (f" · {account.bank}" if account.bank else ""),
            )
            if account
            else tr(N_("No bank account saved."))
        )
        show_images(self.images, profile)
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

    async def _add_series(self) -> None:
        variables: JsonObject = {
            "input": {
                "kind": self.series_kind.value or DocumentKind.INVOICE.value,
                "prefix": (self.series_prefix.value or "").strip().upper(),
                "name": (self.series_name.value or "").strip(),
            }
        }

        async def send() -> None:
            result = await self._ctx.auth.call(lambda t: gateway.add_series(self._ctx.client, variables, t))
            self.errors.show(result.errors)
            if result.profile is not None and not result.errors:
                self.series_prefix.value = self.series_name.value = ""
                self.show(result.profile)

        await run_action(self._ctx, self.errors, send)

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
