"""The profile's text fields, keyed by their path in the API contract."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import PreferredLanguage, Profile
from eventxperts_app.features.account.models import ProfileForm
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_fields import text_field
from eventxperts_app.ui.labels import Labels


class ProfileFields:
    def __init__(self, labels: Labels) -> None:
        self.business_name = text_field(labels, N_("Business name"))
        self.gstin = text_field(labels, N_("GSTIN"))
        self.line1 = text_field(labels, N_("Address line 1"))
        self.line2 = text_field(labels, N_("Address line 2 (optional)"))
        self.city = text_field(labels, N_("City / town"))
        self.district = text_field(labels, N_("District (optional)"))
        self.pin_code = text_field(labels, N_("PIN code"), keyboard=ft.KeyboardType.NUMBER)
        self.default_city = text_field(labels, N_("Default city for the calendar"))

    def by_path(self) -> dict[str, ft.TextField]:
        """Contract paths, in screen order, so typed errors land next to their field."""
        return {
            "businessName": self.business_name,
            "gstin": self.gstin,
            "address.line1": self.line1,
            "address.line2": self.line2,
            "address.city": self.city,
            "address.district": self.district,
            "address.pinCode": self.pin_code,
            "defaultLocation.city": self.default_city,
        }

    def show(self, profile: Profile) -> None:
        self.business_name.value = profile.business_name or ""
        self.gstin.value = profile.gstin or ""
        address = profile.address
        self.line1.value = address.line1 if address else ""
        self.line2.value = (address.line2 if address else None) or ""
        self.city.value = address.city if address else ""
        self.district.value = (address.district if address else None) or ""
        self.pin_code.value = address.pin_code if address else ""

    def form(
        self, *, state_code: str, preferred_language: PreferredLanguage, default_place_id: str | None
    ) -> ProfileForm:
        return ProfileForm(
            business_name=self.business_name.value,
            gstin=self.gstin.value,
            state_code=state_code,
            address_line1=self.line1.value,
            address_line2=self.line2.value,
            address_city=self.city.value,
            address_district=self.district.value,
            pin_code=self.pin_code.value,
            preferred_language=preferred_language,
            default_city=self.default_city.value,
            default_place_id=default_place_id or "",
        )
