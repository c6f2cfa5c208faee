"""The store's terms (ShopStoreInput): names in English and Telugu, the pickup address, where it
delivers (districts or PIN codes, comma-separated), the delivery charge and the free-delivery line,
returns. The service does not send the pickup street back, so a change asks for it again."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.billing.line_editor import rupees_text
from eventxperts_app.features.marketplace.models import Store
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_errors import ErrorSlot, text_field_slot
from eventxperts_app.ui.form_layout import HALF, THIRD, box, fields_row
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import rupees_to_paise
from eventxperts_app.ui.required_fields import missing

INVALID_PRICE = "INVALID_PRICE"


def listed(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


class StoreFields:
    def __init__(self, labels: Labels) -> None:
        number = ft.KeyboardType.NUMBER
        self.name_en = box(labels, N_("Store name in English"))
        self.name_te = box(labels, N_("Store name in Telugu"))
        self.pickup_line = box(labels, N_("Pickup address"), col=HALF)
        self.pickup_city = box(labels, N_("Town or city"), col=THIRD)
        self.pickup_pin = box(labels, N_("PIN code"), col=THIRD, keyboard=number)
        self.districts = box(labels, N_("Delivers to districts (comma-separated)"))
        self.pins = box(labels, N_("Delivers to PIN codes (comma-separated)"))
        self.delivery = box(labels, N_("Delivery charge (₹)"), col=THIRD, keyboard=number)
        self.free_above = box(labels, N_("Free delivery above (₹, optional)"), col=THIRD, keyboard=number)
        self.return_days = box(labels, N_("Days to return"), col=THIRD, keyboard=number)
        self.return_policy = box(labels, N_("Return policy (optional)"), multiline=True)
        self.control = fields_row(
            self.name_en,
            self.name_te,
            self.pickup_line,
            self.pickup_city,
            self.pickup_pin,
            self.districts,
            self.pins,
            self.delivery,
            self.free_above,
            self.return_days,
            self.return_policy,
        )
        self.fill(None)

    def slots(self) -> dict[str, ErrorSlot]:
        return {
            "nameEn": text_field_slot(self.name_en),
            "nameTe": text_field_slot(self.name_te),
            "pickupLine": text_field_slot(self.pickup_line),
            "pickupCity": text_field_slot(self.pickup_city),
            "pickupPinCode": text_field_slot(self.pickup_pin),
            "deliveryDistricts": text_field_slot(self.districts),
            "deliveryPins": text_field_slot(self.pins),
            "deliveryFlatPaise": text_field_slot(self.delivery),
            "freeDeliveryAbovePaise": text_field_slot(self.free_above),
            "returnDays": text_field_slot(self.return_days),
            "returnPolicy": text_field_slot(self.return_policy),
        }

    def fill(self, store: Store | None) -> None:
        self.name_en.value = store.name_en if store else ""
        self.name_te.value = (store.name_te or "") if store else ""
        self.pickup_line.value = ""
        self.pickup_city.value = store.pickup_city if store else ""
        self.pickup_pin.value = store.pickup_pin_code if store else ""
        self.districts.value = ", ".join(store.delivery_districts) if store else ""
        self.pins.value = ", ".join(store.delivery_pins) if store else ""
        self.delivery.value = rupees_text(store.delivery_flat_paise) if store else "0"
        free = store.free_delivery_above_paise if store else None
        self.free_above.value = "" if free is None else rupees_text(free)
        self.return_days.value = str(store.return_days) if store else "7"
        self.return_policy.value = (store.return_policy or "") if store else ""

    def problems(self) -> tuple[ApiError, ...]:
        """Empty required boxes, and rupee amounts that are not amounts."""
        found = list(
            missing(
                nameEn=self.name_en.value or "",
                pickupLine=self.pickup_line.value or "",
                pickupCity=self.pickup_city.value or "",
                pickupPinCode=self.pickup_pin.value or "",
            )
        )
        for name, field in (
            ("deliveryFlatPaise", self.delivery),
            ("freeDeliveryAbovePaise", self.free_above),
        ):
            if rupees_to_paise(field.value or "") is None:
                found.append(ApiError(INVALID_PRICE, "not an amount", name))
        if not (self.return_days.value or "").strip().isdigit():
            found.append(ApiError("INVALID_INPUT", "not a number of days", "returnDays"))
        return tuple(found)

    def variables(self) -> JsonObject:
        """The ShopStoreInput; call after `problems()` found none."""
        free = (self.free_above.value or "").strip()
        return {
            "nameEn": (self.name_en.value or "").strip(),
            "nameTe": (self.name_te.value or "").strip() or None,
            "pickupLine": (self.pickup_line.value or "").strip(),
            "pickupCity": (self.pickup_city.value or "").strip(),
            "pickupPinCode": (self.pickup_pin.value or "").strip(),
            "deliveryDistricts": listed(self.districts.value),
            "deliveryPins": listed(self.pins.value),
            "deliveryFlatPaise": rupees_to_paise(self.delivery.value or "") or 0,
            "freeDeliveryAbovePaise": rupees_to_paise(free) if free else None,
            "returnDays": int((self.return_days.value or "0").strip()),
            "returnPolicy": (self.return_policy.value or "").strip() or None,
        }
