"""A product as its store lists it (ShopProductInput): titles and descriptions in English and
Telugu, category, HSN, GST rate, on sale or not, and its variants with price and stock."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.marketplace.models import Category, Product
from eventxperts_app.features.marketplace.names import category_name
from eventxperts_app.features.marketplace.variant_rows import VariantRows
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.form_errors import ErrorSlot, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import THIRD, box, dropdown, fields_row
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.required_fields import missing

DEFAULT_GST_RATE = "18"


class ProductFields:
    def __init__(self, labels: Labels) -> None:
        self.product_id: str | None = None
        self.title_en = box(labels, N_("Title in English"))
        self.title_te = box(labels, N_("Title in Telugu"))
        self.description_en = box(labels, N_("Description in English"), multiline=True)
        self.description_te = box(labels, N_("Description in Telugu"), multiline=True)
        self.category = dropdown(labels, N_("Category"), col=THIRD)
        self.hsn = box(labels, N_("HSN code"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        self.gst_rate = box(labels, N_("GST rate (%)"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        self.active = labels.bind(ft.Checkbox(value=True), "label", N_("On sale"))
        self.variants = VariantRows(labels)
        self.control = ft.Column(
            [
                fields_row(
                    self.title_en,
                    self.title_te,
                    self.description_en,
                    self.description_te,
                    self.category,
                    self.hsn,
                    self.gst_rate,
                ),
                self.active,
                self.variants.control,
            ],
            spacing=12,
        )
        self.fill(None)

    def name_categories(self, tr: Translator, categories: tuple[Category, ...]) -> None:
        self.category.options = [ft.DropdownOption(key=c.id, text=category_name(tr, c)) for c in categories]

    def slots(self) -> dict[str, ErrorSlot]:
        return {
            "titleEn": text_field_slot(self.title_en),
            "titleTe": text_field_slot(self.title_te),
            "descriptionEn": text_field_slot(self.description_en),
            "descriptionTe": text_field_slot(self.description_te),
            "categoryId": dropdown_slot(self.category),
            "hsn": text_field_slot(self.hsn),
            "gstRate": text_field_slot(self.gst_rate),
            **self.variants.slots(),
        }

    def fill(self, product: Product | None) -> None:
        self.product_id = product.id if product else None
        self.title_en.value = product.title_en if product else ""
        self.title_te.value = (product.title_te or "") if product else ""
        self.description_en.value = (product.description_en or "") if product else ""
        self.description_te.value = (product.description_te or "") if product else ""
        self.category.value = product.category_id if product else None
        self.hsn.value = product.hsn if product else ""
        self.gst_rate.value = product.gst_rate if product else DEFAULT_GST_RATE
        self.active.value = product.active if product else True
        self.variants.fill(product.variants if product else ())

    def problems(self) -> tuple[ApiError, ...]:
        required = missing(
            titleEn=self.title_en.value or "",
            categoryId=self.category.value or "",
            hsn=self.hsn.value or "",
            gstRate=self.gst_rate.value or "",
        )
        return (*required, *self.variants.problems())

    def variables(self, store_id: str) -> JsonObject:
        """The ShopProductInput; call after `problems()` found none."""
        return {
            "storeId": store_id,
            "productId": self.product_id,
            "categoryId": self.category.value or "",
            "titleEn": (self.title_en.value or "").strip(),
            "titleTe": (self.title_te.value or "").strip() or None,
            "descriptionEn": (self.description_en.value or "").strip() or None,
            "descriptionTe": (self.description_te.value or "").strip() or None,
            "hsn": (self.hsn.value or "").strip(),
            "gstRate": (self.gst_rate.value or "").strip(),
            "active": bool(self.active.value),
            "variants": self.variants.variables(),
        }
