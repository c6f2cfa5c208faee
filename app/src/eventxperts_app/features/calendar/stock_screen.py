"""The organizer's rentable stock: each item with its quantity, unit, daily rent and the parts a
composite reserves (repairs and write-offs on its card); a new item (plain, or made of parts); what
is free per day over a range; and the capacity per day of a business without item stock."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.availability_panel import AvailabilityPanel
from eventxperts_app.features.calendar.capacity_panel import CapacityPanel
from eventxperts_app.features.calendar.form_checks import check_stock_item
from eventxperts_app.features.calendar.forms import StockItemForm
from eventxperts_app.features.calendar.models import StockItem
from eventxperts_app.features.calendar.stock_item_card import StockItemCard
from eventxperts_app.features.calendar.variables import stock_item_variables
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import (
    QUARTER,
    Columns,
    actions_row,
    box,
    button,
    card,
    dropdown,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels

PART_CHOOSER: Columns = {"xs": 8, "md": 6}
PART_COUNT: Columns = {"xs": 4, "md": 3}


class StockScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.items: tuple[StockItem, ...] = ()
        self.cards: dict[str, StockItemCard] = {}
        self.list = ft.Column(spacing=8)
        self.name = box(labels, N_("Item name"))
        self.unit = box(labels, N_("Unit (chairs, sets, pieces)"))
        self.quantity = box(labels, N_("Quantity owned"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        self.rent = box(labels, N_("Daily rent (₹, optional)"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        self.parts: list[tuple[ft.Dropdown, ft.TextField]] = []
        self.parts_column = ft.Column(spacing=8)
        self.errors = FormErrors(
            labels,
            {
                "name": text_field_slot(self.name),
                "unit": text_field_slot(self.unit),
                "quantity": text_field_slot(self.quantity),
                "dailyRentPaise": text_field_slot(self.rent),
                "parts": text_field_slot(self.quantity),
            },
        )
        self.submit = button(labels, N_("Add to stock"), self._submit, filled=True)
        self.saved = labels.text(N_("Added to your stock"), color=ft.Colors.PRIMARY, visible=False)
        self.availability = AvailabilityPanel(ctx, labels)
        self.capacity = CapacityPanel(ctx, labels)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Your stock")),
                    self.list,
                    card(
                        [
                            heading(labels, N_("New stock item")),
                            self.errors.banner,
                            fields_row(self.name, self.unit, self.quantity, self.rent),
                            labels.text(
                                N_("A composite item (a shamiana: 8 poles and 1 cover) reserves its parts.")
                            ),
                            self.parts_column,
                            actions_row(button(labels, N_("Add a part"), self._add_part), self.submit),
                            self.saved,
                        ]
                    ),
                    self.availability.control,
                    self.capacity.control,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            self.items = await self._ctx.auth.call(lambda token: gateway.stock_items(self._ctx.client, token))
            self._render()

        await run_action(self._ctx, self.errors, fetch)
        await self.capacity.load()

    def _render(self) -> None:
        tr = self.labels.tr
        self.list.controls = [self._card(item) for item in self.items] or [
            ft.Text(tr(N_("No stock items yet")))
        ]
        for chooser, _ in self.parts:
            chooser.options = [
                ft.DropdownOption(key=i.id, text=i.name) for i in self.items if not i.is_composite
            ]

    def _card(self, item: StockItem) -> ft.Control:
        """Each item's card made once (it keeps its open repair step), showing the item as now."""
        shown = self.cards.get(item.id)
        if shown is None:
            shown = self.cards[item.id] = StockItemCard(self._ctx, self.labels, item, self._item_changed)
        shown.item = item
        shown.render()
        return shown.control

    def _item_changed(self, changed: StockItem) -> None:
        self.items = tuple(changed if item.id == changed.id else item for item in self.items)

    async def _add_part(self) -> None:
        chooser = dropdown(self.labels, N_("Part"), col=PART_CHOOSER)
        count = box(self.labels, N_("Per unit"), col=PART_COUNT, keyboard=ft.KeyboardType.NUMBER)
        self.parts.append((chooser, count))
        self.parts_column.controls.append(fields_row(chooser, count))
        self._render()
        self._ctx.refresh()

    def form(self) -> StockItemForm:
        parts = tuple((chooser.value, count.value) for chooser, count in self.parts if chooser.value)
        return StockItemForm(
            name=self.name.value,
            unit=self.unit.value,
            quantity=self.quantity.value,
            daily_rent_rupees=self.rent.value,
            parts=parts,
        )

    async def _submit(self) -> None:
        self.saved.visible = False
        form = self.form()
        built = stock_item_variables(form)
        problems = [*check_stock_item(form), *built.errors]
        self.errors.show(problems)
        if problems:
            self._ctx.refresh()
            return

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda token: gateway.create_stock_item(self._ctx.client, built.variables, token)
            )
            self.errors.show(result.errors)
            if result.item is not None and not result.errors:
                self.items = (*self.items, result.item)
                self.name.value = self.unit.value = self.quantity.value = self.rent.value = ""
                self.parts, self.parts_column.controls = [], []
                self.saved.visible = True
                self._render()

        await run_action(self._ctx, self.errors, send, busy=self.submit)
