"""Capacity per day, for businesses without item stock (a caterer, a pandit, a photographer): how
many events or guests a day they take, checked like stock when a booking is confirmed."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.models import CapacityResult, CapacityUnit, DailyCapacity
from eventxperts_app.features.calendar.variables import INVALID_QUANTITY
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import (
    QUARTER,
    actions_row,
    box,
    button,
    card,
    choice,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels

UNITS = {CapacityUnit.EVENTS: N_("Events a day"), CapacityUnit.GUESTS: N_("Guests a day")}
FOR_WHOM = N_("For businesses without item stock: a caterer counts guests, a pandit events.")
NONE_SET = N_("No capacity per day set: bookings are checked against your stock items only.")


class CapacityPanel:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self.capacity: DailyCapacity | None = None
        self.unit = choice(labels, N_("Count"), UNITS, col=QUARTER, value=CapacityUnit.EVENTS.value)
        self.per_day = box(labels, N_("How many a day"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        self.errors = FormErrors(
            labels, {"input.perDay": text_field_slot(self.per_day), "input.unit": dropdown_slot(self.unit)}
        )
        self.current = ft.Text()
        self.save = button(labels, N_("Save capacity"), self._save, filled=True)
        self.clear = button(labels, N_("Clear capacity"), self._clear)
        self.control = card(
            [
                heading(labels, N_("Capacity per day")),
                labels.text(
                    N_("For businesses without item stock: a caterer counts guests, a pandit events.")
                ),
                self.current,
                fields_row(self.unit, self.per_day),
                actions_row(self.save, self.clear),
                self.errors.banner,
            ]
        )
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            self._show(
                await self._ctx.auth.call(lambda token: gateway.daily_capacity(self._ctx.client, token))
            )

        await run_action(self._ctx, self.errors, fetch)

    def _show(self, capacity: DailyCapacity | None) -> None:
        self.capacity = capacity
        if capacity is not None:
            self.unit.value, self.per_day.value = capacity.unit.value, str(capacity.per_day)
        self._render()

    def _render(self) -> None:
        capacity, tr = self.capacity, self._tr
        self.current.value = (
            tr(NONE_SET)
            if capacity is None
            else tr(N_("Now: {count} {unit}")).format(count=capacity.per_day, unit=tr(UNITS[capacity.unit]))
        )
        self.clear.visible = capacity is not None

    async def _save(self) -> None:
        try:
            per_day = int(self.per_day.value.strip())
        except ValueError:
            self.errors.show([ApiError(INVALID_QUANTITY, "perDay", "input.perDay")])
            self._ctx.refresh()
            return
        wanted = DailyCapacity(CapacityUnit(self.unit.value or CapacityUnit.EVENTS.value), per_day)
        await self._send(wanted)

    async def _clear(self) -> None:
        await self._send(None)

    async def _send(self, wanted: DailyCapacity | None) -> None:
        async def send() -> None:
            result: CapacityResult = await self._ctx.auth.call(
                lambda token: gateway.set_daily_capacity(self._ctx.client, wanted, token)
            )
            self.errors.show(result.errors)
            if not result.errors:
                self._show(result.capacity)

        await run_action(self._ctx, self.errors, send, busy=self.control)
