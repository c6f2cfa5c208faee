"""A client's boxes: name, phones, email, billing address with PIN and state, GSTIN when registered.
Typing a GSTIN chooses its state, and a complete PIN code fills the state in, offline (libs/india)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.account.profile_fill import fill_from_pin
from eventxperts_app.features.billing.forms import ClientForm
from eventxperts_app.features.billing.models import BillingClient
from eventxperts_app.features.billing.state_choice import gstin_state, state_dropdown
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_errors import ErrorSlot, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import THIRD, WHOLE, box, fields_row
from eventxperts_app.ui.labels import Labels


class ClientFields:
    def __init__(self, labels: Labels) -> None:
        self._labels = labels
        self.client_id = ""
        self.name = box(labels, N_("Client name"))
        self.phones = box(labels, N_("Client phones (commas between)"), keyboard=ft.KeyboardType.PHONE)
        self.email = box(labels, N_("Client email (optional)"), keyboard=ft.KeyboardType.EMAIL)
        self.gstin = box(labels, N_("Client GSTIN (if registered)"))
        self.address = box(labels, N_("Billing address"), col=WHOLE)
        self.city = box(labels, N_("City / town"), col=THIRD)
        self.pin_code = box(labels, N_("PIN code"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        self.state = state_dropdown(labels, N_("State"))
        self.gstin.on_change = lambda _: self.gstin_typed()
        self.pin_code.on_change = lambda _: self.pin_typed()
        self.control = fields_row(
            self.name, self.phones, self.email, self.gstin, self.address, self.city, self.pin_code, self.state
        )

    def gstin_typed(self) -> None:
        if code := gstin_state(self.gstin.value or ""):
            self.state.value = code

    def pin_typed(self) -> None:
        if filled := fill_from_pin(self.pin_code.value or "", self._labels.tr.language):
            self.state.value = filled.state_code

    def slots(self) -> dict[str, ErrorSlot]:
        return {
            "name": text_field_slot(self.name),
            "phones": text_field_slot(self.phones),
            "email": text_field_slot(self.email),
            "gstin": text_field_slot(self.gstin),
            "addressLine": text_field_slot(self.address),
            "city": text_field_slot(self.city),
            "address.pinCode": text_field_slot(self.pin_code),
            "stateCode": dropdown_slot(self.state),
        }

    def form(self) -> ClientForm:
        return ClientForm(
            name=self.name.value,
            phones=self.phones.value,
            email=self.email.value,
            address_line=self.address.value,
            city=self.city.value,
            pin_code=self.pin_code.value,
            state_code=self.state.value or "",
            gstin=self.gstin.value,
            client_id=self.client_id,
        )

    def fill(self, client: BillingClient | None) -> None:
        """A client to change (the address is not answered back: typed again if it changes), or empty."""
        self.client_id = client.id if client else ""
        self.name.value = client.name if client else ""
        self.phones.value = ", ".join(client.phones) if client else ""
        self.email.value = (client.email if client else None) or ""
        self.gstin.value = (client.gstin if client else None) or ""
        self.state.value = client.state_code if client else None
        self.address.value = self.city.value = self.pin_code.value = ""
