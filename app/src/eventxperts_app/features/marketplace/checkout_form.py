"""Where the order goes and how it is paid: the ShopCheckoutInput's boxes and the payment modes as
radio buttons (each named in the semantics tree, unlike a dropdown's options)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.marketplace.models import PaymentMode
from eventxperts_app.features.marketplace.names import PAYMENT_MODES
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_errors import ErrorSlot, text_field_slot
from eventxperts_app.ui.form_layout import HALF, THIRD, box, fields_row
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.required_fields import missing


class CheckoutFields:
    def __init__(self, labels: Labels) -> None:
        self.name = box(labels, N_("Name for delivery"), col=HALF)
        self.phone = box(labels, N_("Mobile number"), col=HALF, keyboard=ft.KeyboardType.PHONE)
        self.line = box(labels, N_("House, street and area"), col=HALF)
        self.city = box(labels, N_("Town or city"), col=THIRD)
        self.pin_code = box(labels, N_("PIN code"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        radios: list[ft.Control] = [
            labels.bind(ft.Radio(value=mode.value), "label", name) for mode, name in PAYMENT_MODES.items()
        ]
        self.payment = ft.RadioGroup(content=ft.Column(radios, spacing=0), value=PaymentMode.COD.value)
        self.control = ft.Column(
            [
                fields_row(self.name, self.phone, self.line, self.city, self.pin_code),
                labels.text(N_("How you pay")),
                self.payment,
            ],
            spacing=8,
        )

    def slots(self) -> dict[str, ErrorSlot]:
        return {
            "name": text_field_slot(self.name),
            "phone": text_field_slot(self.phone),
            "line": text_field_slot(self.line),
            "city": text_field_slot(self.city),
            "pinCode": text_field_slot(self.pin_code),
        }

    def variables(self) -> JsonObject:
        return {
            "name": (self.name.value or "").strip(),
            "phone": (self.phone.value or "").strip(),
            "line": (self.line.value or "").strip(),
            "city": (self.city.value or "").strip(),
            "pinCode": (self.pin_code.value or "").strip(),
            "paymentMode": self.payment.value or PaymentMode.COD.value,
        }

    def missing(self) -> tuple[ApiError, ...]:
        given = self.variables()
        return missing(**{name: str(given[name]) for name in ("name", "phone", "line", "city", "pinCode")})
