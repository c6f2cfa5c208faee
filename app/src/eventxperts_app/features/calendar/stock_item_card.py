"""One stock item on the stock screen: what is usable of what is owned, its rent or its parts, and,
while units are out of service (damaged or lost at a return check), putting repaired ones back or
writing units off for good."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.form_checks import check_reason
from eventxperts_app.features.calendar.models import StockItem
from eventxperts_app.features.calendar.variables import INVALID_QUANTITY
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_layout import (
    HALF,
    QUARTER,
    actions_row,
    box,
    button,
    card,
    fields_row,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import paise_text

Changed = Callable[[StockItem], None]


class StockItemCard:
    def __init__(self, ctx: AppContext, labels: Labels, item: StockItem, changed: Changed) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self._changed = changed
        self.item = item
        self.lines = ft.Column(spacing=6)
        self.quantity = box(labels, N_("Units"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        self.reason = box(labels, N_("Why written off"), col=HALF)
        self.errors = FormErrors(
            labels, {"quantity": text_field_slot(self.quantity), "reason": text_field_slot(self.reason)}
        )
        self.repair_step = ft.Column(
            [
                fields_row(self.quantity, self.reason),
                actions_row(
                    button(labels, N_("Back in service"), self._repair, filled=True),
                    button(labels, N_("Write off"), self._write_off),
                ),
                self.errors.banner,
            ],
            visible=False,
        )
        self.open_repair = button(labels, N_("Repair or write off"), self._show_repair)
        self.control = card([self.lines, self.open_repair, self.repair_step])
        labels.on_relabel(self.render)

    def render(self) -> None:
        tr, item = self._tr, self.item
        lines: list[ft.Control] = [ft.Text(item.name, weight=ft.FontWeight.BOLD)]
        if item.is_composite:
            parts = ", ".join(f"{p.quantity} × {p.name}" for p in item.parts)
            lines.append(ft.Text(tr(N_("Made of {parts}")).format(parts=parts)))
        else:
            usable = tr(N_("{usable} of {quantity} {unit} usable"))
            lines.append(ft.Text(usable.format(usable=item.usable, quantity=item.quantity, unit=item.unit)))
        if item.out_of_service:
            away = tr(N_("{count} out of service (damaged or lost)")).format(count=item.out_of_service)
            lines.append(ft.Text(away, color=ft.Colors.ERROR))
        if item.daily_rent_paise is not None:
            rent = tr(N_("Rent {amount} a day")).format(amount=paise_text(item.daily_rent_paise))
            lines.append(ft.Text(rent))
        self.lines.controls = lines
        self.open_repair.visible = item.out_of_service > 0 and not self.repair_step.visible
        if not item.out_of_service:
            self.repair_step.visible = False

    async def _show_repair(self) -> None:
        self.repair_step.visible = True
        self.render()
        self._ctx.refresh()

    def _units(self) -> tuple[int, list[ApiError]]:
        """The units typed, or the typed error that says they cannot be read."""
        try:
            return int(self.quantity.value.strip()), []
        except ValueError:
            return 0, [ApiError(INVALID_QUANTITY, "quantity", "quantity")]

    async def _repair(self) -> None:
        units, problems = self._units()
        self.errors.show(problems)
        if not problems:
            await self._send("repair", {"id": self.item.id, "quantity": units})
        self._ctx.refresh()

    async def _write_off(self) -> None:
        units, problems = self._units()
        problems += check_reason(self.reason.value)
        self.errors.show(problems)
        if not problems:
            variables = {"id": self.item.id, "quantity": units, "reason": self.reason.value.strip()}
            await self._send("write_off", variables)
        self._ctx.refresh()

    async def _send(self, action: str, variables: JsonObject) -> None:
        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda token: gateway.change_stock(self._ctx.client, action, variables, token)
            )
            self.errors.show(result.errors)
            if result.item is not None and not result.errors:
                self.item = result.item
                self.quantity.value = self.reason.value = ""
                self.repair_step.visible = False
                self.render()
                self._changed(result.item)

        await run_action(self._ctx, self.errors, send, busy=self.repair_step)
