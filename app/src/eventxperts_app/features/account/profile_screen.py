"""The business profile: name, GSTIN, state, address with PIN, language, default city."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import PreferredLanguage, Profile
from eventxperts_app.features.account import gateway
from eventxperts_app.features.account.erasure import AccountErasure
from eventxperts_app.features.account.form_checks import check_profile
from eventxperts_app.features.account.models import ProfileForm, State
from eventxperts_app.features.account.place_picker import PlacePicker
from eventxperts_app.features.account.profile_fields import ProfileFields
from eventxperts_app.features.account.profile_fill import fill_from_pin, ordered_states, state_of_gstin
from eventxperts_app.i18n import N_, Language
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import (
    FormErrors,
    dropdown_slot,
    error_text,
    text_field_slot,
    text_slot,
)
from eventxperts_app.ui.form_fields import FORM_WIDTH, form_column, primary_button, screen_title
from eventxperts_app.ui.labels import Labels

# Named in the language on screen (the app bar's switch names each language in itself instead).
LANGUAGE_NAMES = {PreferredLanguage.TE: N_("Telugu"), PreferredLanguage.EN: N_("English")}


class ProfileScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = Labels(ctx.tr)
        self._states: tuple[State, ...] = ()
        self._shown_language: PreferredLanguage | None = None
        self.fields = ProfileFields(self.labels)
        self.place = PlacePicker(self.labels, self.fields.default_city)
        self.fields.gstin.on_change = lambda _: self.gstin_typed()
        self.fields.pin_code.on_change = lambda _: self.pin_typed()
        # Editable with a filter: typing "తెలం" or "Tel" narrows 36 states, and the box carries its
        # label for screen readers (a read-only dropdown is announced as a bare button).
        self.state = ft.Dropdown(width=FORM_WIDTH, editable=True, enable_filter=True)
        self.labels.bind(self.state, "label", N_("State"))
        self.labels.on_relabel(self._name_states)
        self.language = ft.RadioGroup(
            value=PreferredLanguage.TE.value,
            content=ft.Row([self._language_option(lang) for lang in PreferredLanguage]),
        )
        language_error = error_text()
        self.saved = self.labels.text(N_("Profile saved"), color=ft.Colors.PRIMARY, visible=False)
        self.submit = primary_button(self.labels, N_("Save profile"), self._submit)
        slots = {name: text_field_slot(field) for name, field in self.fields.by_path().items()}
        slots |= {"stateCode": dropdown_slot(self.state), "preferredLanguage": text_slot(language_error)}
        self.errors = FormErrors(self.labels, slots)
        self.erasure = AccountErasure(ctx, self.labels)
        f = self.fields
        self.controls: list[ft.Control] = [
            form_column(
                screen_title(self.labels, N_("Business profile")),
                self.errors.banner,
                f.business_name, f.gstin, self.state,
                self.labels.text(N_("Address"), weight=ft.FontWeight.BOLD),
                f.line1, f.line2, f.city, f.district, f.pin_code,
                self.labels.text(N_("Preferred language")), self.language, language_error,
                f.default_city, self.place.suggestions,
                self.submit, self.saved,
            ),
            self.erasure.control,
        ]  # fmt: skip

    def _language_option(self, language: PreferredLanguage) -> ft.Radio:
        return self.labels.bind(ft.Radio(value=language.value), "label", LANGUAGE_NAMES[language])

    def _name_states(self) -> None:
        language = self._ctx.tr.language
        self.state.options = [
            ft.DropdownOption(key=s.code, text=(s.name_te or s.name) if language is Language.TE else s.name)
            for s in ordered_states(self._states, language)
        ]

    def gstin_typed(self) -> None:
        """A GSTIN names its state in its first two digits: choose that state."""
        if code := state_of_gstin(self.fields.gstin.value or "", self._states):
            self.state.value = code

    def pin_typed(self) -> None:
        """A complete PIN code fills in the state and, when it serves one district, the district."""
        filled = fill_from_pin(self.fields.pin_code.value or "", self._ctx.tr.language)
        if filled is None:
            return
        self.state.value = filled.state_code
        if filled.district:
            self.fields.district.value = filled.district

    async def load(self) -> None:
        await run_action(self._ctx, self.errors, self._fetch)

    async def _fetch(self) -> None:
        self._states = await gateway.states(self._ctx.client)
        self._name_states()
        user = await self._ctx.auth.call(lambda token: gateway.me(self._ctx.client, token))
        if user is not None:
            self._ctx.auth.user = user
            self._show(user.profile)

    def _show(self, profile: Profile) -> None:
        self.fields.show(profile)
        self.place.show(profile.default_location)
        self.state.value = profile.state_code or (profile.address.state_code if profile.address else None)
        self.language.value = profile.preferred_language.value
        self._shown_language = profile.preferred_language

    def form(self) -> ProfileForm:
        return self.fields.form(
            state_code=self.state.value or "",
            preferred_language=PreferredLanguage(self.language.value or "TE"),
            default_place_id=self.place.place_id,
        )

    async def _submit(self) -> None:
        self.saved.visible = False
        problems = check_profile(self.form())
        self.errors.show(problems)
        if not problems:
            await run_action(self._ctx, self.errors, self._save, busy=self.submit)
        self._ctx.refresh()

    async def _save(self) -> None:
        form = self.form()
        result = await self._ctx.auth.call(
            lambda token: gateway.update_profile(self._ctx.client, form, token)
        )
        self.errors.show(result.errors)
        if result.user is None or result.errors:
            return
        self._ctx.auth.user = result.user
        self.saved.visible = True
        # Saving other fields keeps the language on screen; changing the preference applies it.
        if form.preferred_language is not self._shown_language:
            self._shown_language = form.preferred_language
            self._ctx.switch_language(Language(form.preferred_language.value.lower()))
