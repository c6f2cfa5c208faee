"""The form of a used item for sale: title, category, condition, price in rupees, district,
description and the phone a buyer sees once the seller replies. It checks what it can before sending
(a blank box, a price that is not rupees) and names the service's refusals next to their boxes."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.explore.choices import district_choice
from eventxperts_app.features.marketplace.models import Category
from eventxperts_app.features.marketplace.names import category_name
from eventxperts_app.features.marketplace.used.models import ListingCondition, UsedListing
from eventxperts_app.features.marketplace.used.names import CONDITIONS
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import HALF, WHOLE, box, choice, dropdown, fields_row
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import rupees_to_paise
from eventxperts_app.ui.required_fields import REQUIRED


def rupees_text(paise: int) -> str:
    """What the price box shows: 8000, or 8000.50."""
    rupees, rest = divmod(paise, 100)
    return f"{rupees}.{rest:02d}" if rest else str(rupees)


class ListingForm:
    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.categories: tuple[Category, ...] = ()
        self.title = box(labels, N_("What are you selling?"), col=WHOLE)
        self.category = dropdown(labels, N_("Category"), col=HALF)
        self.condition = choice(
            labels, N_("Condition"), CONDITIONS, col=HALF, value=ListingCondition.GOOD.value
        )
        self.price = box(labels, N_("Price (₹)"), col=HALF, keyboard=ft.KeyboardType.NUMBER)
        self.district = district_choice(labels, N_("District for pickup"), col=HALF)
        self.description = box(labels, N_("Description"), col=WHOLE, multiline=True)
        self.phone = box(
            labels,
            N_("Your mobile number"),
            col=HALF,
            keyboard=ft.KeyboardType.PHONE,
            hint=N_("A buyer sees it only after you reply to them"),
        )
        self.errors = FormErrors(
            labels,
            {
                "title": text_field_slot(self.title),
                "categoryId": dropdown_slot(self.category),
                "condition": dropdown_slot(self.condition),
                "pricePaise": text_field_slot(self.price),
                "districtId": dropdown_slot(self.district),
                "description": text_field_slot(self.description),
                "contactPhone": text_field_slot(self.phone),
            },
        )
        self.control = ft.Column(
            [
                fields_row(self.title, self.category, self.condition, self.price, self.district),
                fields_row(self.description, self.phone),
                self.errors.banner,
            ],
            spacing=8,
        )
        labels.on_relabel(self._name_categories)

    def fill_categories(self, categories: tuple[Category, ...]) -> None:
        self.categories = categories
        self._name_categories()

    def _name_categories(self) -> None:
        tr = self.labels.tr
        self.category.options = [
            ft.DropdownOption(key=c.id, text=category_name(tr, c)) for c in self.categories
        ]

    def fill(self, listing: UsedListing | None) -> None:
        """Shows a listing to change, or empties the form for a new one."""
        self.title.value = listing.title if listing else ""
        self.category.value = listing.category_id if listing else None
        self.condition.value = (listing.condition if listing else ListingCondition.GOOD).value
        self.price.value = rupees_text(listing.price_paise) if listing else ""
        self.district.value = listing.district_id if listing else None
        self.description.value = (listing.description or "") if listing else ""
        self.phone.value = (listing.contact_phone or "") if listing else ""
        self.errors.clear()

    def listing_input(self) -> JsonObject | None:
        """What the service is sent, or None with the boxes to fix marked."""
        title = (self.title.value or "").strip()
        price = rupees_to_paise(self.price.value or "")
        missing: list[ApiError] = [
            ApiError(REQUIRED, name, name)
            for name, value in (
                ("title", title),
                ("categoryId", self.category.value),
                ("districtId", self.district.value),
            )
            if not value
        ]
        if not price:  # blank, zero or not rupees
            missing.append(ApiError("INVALID_PRICE", "pricePaise", "pricePaise"))
        self.errors.show(missing)
        if missing or price is None:
            return None
        return {
            "title": title,
            "categoryId": self.category.value or "",
            "condition": self.condition.value or ListingCondition.GOOD.value,
            "pricePaise": price,
            "districtId": self.district.value or "",
            "description": (self.description.value or "").strip() or None,
            "contactPhone": (self.phone.value or "").strip() or None,
        }
