"""A confirmed booking's dispatch sheet (what leaves the godown, loaded by whom, in which vehicle)
and return check (what came back, damaged or lost, and what is charged to the client).

Before dispatch each stock line is a box holding what the booking reserves; after it, the sheet is
shown as recorded. Before the return check each dispatched line has boxes for returned, damaged,
lost and the charge; after it, the check and the total damage charges are shown."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.dispatch_models import DispatchSheet, GodownRecord, ReturnCheck
from eventxperts_app.features.calendar.forms import ReturnLineForm
from eventxperts_app.features.calendar.godown_variables import dispatch_variables, return_variables
from eventxperts_app.i18n import N_, Translator
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
    heading,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import moment_text, paise_text

Recorded = Callable[[], Awaitable[None]]


def sheet_lines(tr: Translator, sheet: DispatchSheet) -> list[ft.Control]:
    lines: list[ft.Control] = [
        ft.Text(
            tr(N_("{item}: {dispatched} loaded of {planned} planned")).format(
                item=line.item.name, dispatched=line.dispatched or 0, planned=line.planned
            )
        )
        for line in sheet.lines
    ]
    if sheet.dispatched_at is not None:
        loaded = tr(N_("Loaded by {who} on {time}")).format(
            who=sheet.loaded_by or "", time=moment_text(sheet.dispatched_at)
        )
        lines.append(ft.Text(loaded + (f" · {sheet.vehicle}" if sheet.vehicle else "")))
    return lines


def return_lines(tr: Translator, check: ReturnCheck) -> list[ft.Control]:
    lines: list[ft.Control] = [
        ft.Text(
            tr(N_("{item}: {returned} back, {damaged} damaged, {lost} lost · charge {charge}")).format(
                item=line.item.name,
                returned=line.returned,
                damaged=line.damaged,
                lost=line.lost,
                charge=paise_text(line.charge_paise),
            )
        )
        for line in check.lines
    ]
    checked = tr(N_("Checked by {who} on {time}")).format(
        who=check.checked_by, time=moment_text(check.checked_at)
    )
    total = tr(N_("Damage charges to the client: {amount}")).format(
        amount=paise_text(check.damage_charges_paise)
    )
    return [*lines, ft.Text(checked), ft.Text(total, weight=ft.FontWeight.BOLD)]


class ReturnRow:
    def __init__(self, labels: Labels, item_id: str, name: str, dispatched: int) -> None:
        self.item_id = item_id
        number = ft.KeyboardType.NUMBER
        self.returned = box(labels, N_("Came back"), col=QUARTER, keyboard=number)
        self.returned.value = str(dispatched)
        self.damaged = box(labels, N_("Damaged"), col=QUARTER, keyboard=number)
        self.lost = box(labels, N_("Lost"), col=QUARTER, keyboard=number)
        self.charge = box(labels, N_("Charge (₹)"), col=QUARTER, keyboard=number)
        self.damaged.value = self.lost.value = "0"
        title = labels.tr(N_("{item} ({dispatched} loaded)")).format(item=name, dispatched=dispatched)
        self.control = ft.Column(
            [ft.Text(title), fields_row(self.returned, self.damaged, self.lost, self.charge)]
        )

    def form(self) -> ReturnLineForm:
        return ReturnLineForm(
            self.item_id, self.returned.value, self.damaged.value, self.lost.value, self.charge.value
        )


class DispatchPanel:
    def __init__(self, ctx: AppContext, labels: Labels, recorded: Recorded) -> None:
        self._ctx = ctx
        self._labels = labels
        self._recorded = recorded
        self.record: GodownRecord | None = None
        self.loads: dict[str, ft.TextField] = {}
        self.returns: list[ReturnRow] = []
        self.loaded_by = box(labels, N_("Loaded by"), col=HALF)
        self.vehicle = box(labels, N_("Vehicle (optional)"), col=HALF)
        self.checked_by = box(labels, N_("Checked by"), col=HALF)
        self.errors = FormErrors(
            labels,
            {
                "input.loadedBy": text_field_slot(self.loaded_by),
                "input.checkedBy": text_field_slot(self.checked_by),
            },
        )
        self.sheet = ft.Column(spacing=6)
        self.dispatch_step = ft.Column(spacing=8)
        self.check = ft.Column(spacing=6)
        self.return_step = ft.Column(spacing=8)
        self.control = card(
            [
                heading(labels, N_("Dispatch sheet")),
                self.sheet,
                self.dispatch_step,
                heading(labels, N_("Return check")),
                self.check,
                self.return_step,
                self.errors.banner,
            ]
        )
        self.control.visible = False
        labels.on_relabel(self.render)

    async def load(self, booking_id: str) -> None:
        async def fetch() -> None:
            self.show(
                await self._ctx.auth.call(
                    lambda token: gateway.godown_record(self._ctx.client, booking_id, token)
                )
            )

        self.control.visible = True
        await run_action(self._ctx, self.errors, fetch)

    def show(self, record: GodownRecord) -> None:
        """The record as the service answered it, with fresh boxes for what is still to record."""
        self.record, self.control.visible = record, True
        self._fresh_boxes()
        self.render()

    def hide(self) -> None:
        self.record, self.control.visible = None, False

    def _fresh_boxes(self) -> None:
        record, labels = self.record, self._labels
        self.loads, self.returns = {}, []
        if record is None:
            return
        for line in record.sheet.lines:
            load = box(labels, N_("Quantity"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
            load.value = str(line.planned)
            self.loads[line.item.id] = load
        self.returns = [
            ReturnRow(labels, line.item.id, line.item.name, line.dispatched or 0)
            for line in record.sheet.lines
            if line.dispatched
        ]

    def render(self) -> None:
        record, tr = self.record, self._labels.tr
        if record is None:
            return
        sheet, dispatched = record.sheet, record.sheet.dispatched_at is not None
        self.sheet.controls = sheet_lines(tr, sheet) if dispatched else []
        names = {line.item.id: line.item.name for line in sheet.lines}
        self.dispatch_step.controls = (
            []
            if dispatched
            else [
                *(
                    fields_row(ft.Text(names[item_id], col=HALF), load)
                    for item_id, load in self.loads.items()
                ),
                fields_row(self.loaded_by, self.vehicle),
                actions_row(button(self._labels, N_("Record dispatch"), self._dispatch, filled=True)),
            ]
        )
        if not sheet.lines:
            self.sheet.controls = [ft.Text(tr(N_("Nothing from stock to dispatch")))]
        self.check.controls = return_lines(tr, record.returned) if record.returned else []
        waiting = dispatched and record.returned is None
        self.return_step.controls = (
            [
                *(row.control for row in self.returns),
                fields_row(self.checked_by),
                actions_row(button(self._labels, N_("Record return"), self._return, filled=True)),
            ]
            if waiting
            else []
        )
        if not dispatched:
            self.check.controls = [ft.Text(tr(N_("Checked once the stock is dispatched")))]

    async def _dispatch(self) -> None:
        if self.record is not None:
            loads = {item_id: load.value for item_id, load in self.loads.items()}
            built = dispatch_variables(
                self.record.booking_id, self.loaded_by.value, self.vehicle.value, loads
            )
            await self._send("dispatch", built.variables, built.errors)

    async def _return(self) -> None:
        if self.record is not None:
            rows = [row.form() for row in self.returns]
            built = return_variables(self.record.booking_id, self.checked_by.value, rows)
            await self._send("return", built.variables, built.errors)

    async def _send(self, action: str, variables: JsonObject, problems: list[ApiError]) -> None:
        self.errors.show(problems)
        if problems:
            self._ctx.refresh()
            return

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda token: gateway.record_godown(self._ctx.client, action, variables, token)
            )
            self.errors.show(result.errors)
            if not result.errors:
                await self._recorded()

        await run_action(self._ctx, self.errors, send, busy=self.control)
