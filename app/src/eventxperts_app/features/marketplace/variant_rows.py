"""A product's variants as rows of boxes (what it is, SKU, price, MRP, stock), one more on request.
The service reports a variant's errors at `variants.<n>.<field>`: the slots are there before the rows."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.billing.line_editor import rupees_text
from eventxperts_app.features.marketplace.models import Variant
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_errors import ErrorSlot, error_text, text_field_slot, text_slot
from eventxperts_app.ui.form_layout import Columns, box, fields_row
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import rupees_to_paise

MOST = 20  # the service's cap on variants of one product
NAME: Columns = {"xs": 12, "md": 4}
SMALL: Columns = {"xs": 6, "md": 2}


class VariantRow:
    def __init__(self, labels: Labels) -> None:
        number = ft.KeyboardType.NUMBER
        self.label = box(labels, N_("Variant (colour, size)"), col=NAME)
        self.sku = box(labels, N_("SKU"), col=SMALL)
        self.price = box(labels, N_("Price before GST (₹)"), col=SMALL, keyboard=number)
        self.mrp = box(labels, N_("MRP (₹, optional)"), col=SMALL, keyboard=number)
        self.stock = box(labels, N_("Stock count"), col=SMALL, keyboard=number)
        self.control = fields_row(self.label, self.sku, self.price, self.mrp, self.stock)

    def fill(self, variant: Variant | None) -> None:
        self.label.value = variant.label if variant else ""
        self.sku.value = variant.sku if variant else ""
        self.price.value = rupees_text(variant.price_paise) if variant else ""
        self.mrp.value = rupees_text(variant.mrp_paise) if variant else ""
        self.stock.value = str(variant.stock) if variant else "0"

    def slot(self, name: str) -> ErrorSlot:
        boxes = {"label": self.label, "sku": self.sku, "pricePaise": self.price}
        return text_field_slot({**boxes, "mrpPaise": self.mrp, "stock": self.stock}[name])

    def problems(self, at: str) -> list[ApiError]:
        found = [ApiError("REQUIRED", "required", f"{at}.sku")] if not (self.sku.value or "").strip() else []
        if not rupees_to_paise(self.price.value or ""):
            found.append(ApiError("INVALID_PRICE", "not a price", f"{at}.pricePaise"))
        if rupees_to_paise(self.mrp.value or "") is None:
            found.append(ApiError("INVALID_PRICE", "not a price", f"{at}.mrpPaise"))
        if not (self.stock.value or "").strip().isdigit():
            found.append(ApiError("INVALID_STOCK", "not a count", f"{at}.stock"))
        return found

    def variables(self) -> JsonObject:
        return {
            "label": (self.label.value or "").strip() or "Standard",
            "sku": (self.sku.value or "").strip(),
            "pricePaise": rupees_to_paise(self.price.value or "") or 0,
            "mrpPaise": rupees_to_paise(self.mrp.value or "") or None,
            "stock": int((self.stock.value or "0").strip()),
        }


class VariantRows:
    def __init__(self, labels: Labels) -> None:
        self._labels = labels
        self.rows: list[VariantRow] = []
        self.error = error_text()
        self.column = ft.Column(spacing=12)
        self.control = ft.Column([self.column, self.error], spacing=8)

    def add(self) -> VariantRow:
        row = VariantRow(self._labels)
        row.fill(None)
        self.rows.append(row)
        self.column.controls = [r.control for r in self.rows]
        return row

    def fill(self, variants: tuple[Variant, ...]) -> None:
        self.rows = []
        for variant in variants:
            self.add().fill(variant)
        if not self.rows:
            self.add()

    def slots(self) -> dict[str, ErrorSlot]:
        slots: dict[str, ErrorSlot] = {}
        for index in range(MOST):
            for name in ("label", "sku", "pricePaise", "mrpPaise", "stock"):
                slots[f"variants.{index}.{name}"] = self._slot(index, name)
        return slots | {"variants": text_slot(self.error)}

    def _slot(self, index: int, name: str) -> ErrorSlot:
        def show(text: str | None) -> None:
            if index < len(self.rows):
                self.rows[index].slot(name)(text)

        return show

    def problems(self) -> list[ApiError]:
        return [problem for i, row in enumerate(self.rows) for problem in row.problems(f"variants.{i}")]

    def variables(self) -> list[object]:
        return [row.variables() for row in self.rows]
