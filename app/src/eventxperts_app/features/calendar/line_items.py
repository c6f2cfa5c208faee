"""A booking's line items as the form edits them: stock items chosen from the organizer's stock (by
name) or services described in words, each with a quantity and its agreed price in rupees."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.calendar.forms import LineItemForm
from eventxperts_app.features.calendar.models import LineItem, LineItemKind, StockItem
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_errors import error_text, text_slot
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import (
    QUARTER,
    Columns,
    actions_row,
    box,
    button,
    dropdown,
    fields_row,
    icon_button,
)
from eventxperts_app.ui.labels import Labels

LINE_CHOOSER: Columns = {"xs": 12, "md": 5}
LINE_REMOVER: Columns = {"xs": 12, "md": 2}


class LineRow:
    def __init__(
        self, labels: Labels, kind: LineItemKind, stock: tuple[StockItem, ...], remove: ClickHandler
    ) -> None:
        self.kind = kind
        self.item = dropdown(labels, N_("Stock item"), col=LINE_CHOOSER)
        self.item.options = [
            ft.DropdownOption(key=s.id, text=f"{s.name} ({s.usable} {s.unit})") for s in stock
        ]
        self.description = box(labels, N_("Service"), col=LINE_CHOOSER)
        self.quantity = box(labels, N_("Quantity"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        self.price = box(labels, N_("Agreed price (₹)"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        chooser = self.item if kind is LineItemKind.STOCK else self.description
        remover = icon_button(labels, ft.Icons.DELETE_OUTLINE, N_("Remove line"), remove, col=LINE_REMOVER)
        self.control = fields_row(chooser, self.quantity, self.price, remover)

    def form(self) -> LineItemForm:
        return LineItemForm(
            kind=self.kind,
            stock_item_id=self.item.value or "",
            description=self.description.value,
            quantity=self.quantity.value,
            price_rupees=self.price.value,
        )

    def fill(self, line: LineItem) -> None:
        self.item.value = line.stock_item.id if line.stock_item else None
        self.description.value = line.description
        self.quantity.value = str(line.quantity)
        self.price.value = f"{line.agreed_price_paise / 100:g}"


class LineItemsEditor:
    def __init__(self, labels: Labels) -> None:
        self._labels = labels
        self.stock: tuple[StockItem, ...] = ()
        self.rows: list[LineRow] = []
        self.lines = ft.Column(spacing=8)
        self.error = error_text()
        self.slot = text_slot(self.error)
        self.control = ft.Column(
            [
                self.lines,
                self.error,
                actions_row(
                    button(labels, N_("Add stock item"), self.add_stock_line),
                    button(labels, N_("Add service"), self.add_service_line),
                ),
            ]
        )

    def add(self, kind: LineItemKind) -> LineRow:
        row: LineRow

        async def remove() -> None:
            self.rows.remove(row)
            self._render()

        row = LineRow(self._labels, kind, self.stock, remove)
        self.rows.append(row)
        self._render()
        return row

    async def add_stock_line(self) -> None:
        self.add(LineItemKind.STOCK)

    async def add_service_line(self) -> None:
        self.add(LineItemKind.SERVICE)

    def _render(self) -> None:
        self.lines.controls = [row.control for row in self.rows]

    def forms(self) -> tuple[LineItemForm, ...]:
        return tuple(row.form() for row in self.rows)

    def fill(self, lines: tuple[LineItem, ...]) -> None:
        self.rows = []
        for line in lines:
            self.add(line.kind).fill(line)
        self._render()
