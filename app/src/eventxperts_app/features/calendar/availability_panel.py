"""What is free of each item per day over a range of days, and the days an item is short."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.models import ItemAvailability
from eventxperts_app.features.calendar.variables import day_range_variables
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_layout import (
    QUARTER,
    actions_row,
    box,
    button,
    card,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels


def item_availability(tr: Translator, item: ItemAvailability) -> ft.Control:
    lines: list[ft.Control] = [ft.Text(item.item.name, weight=ft.FontWeight.BOLD)]
    if item.days:
        least = min(item.days, key=lambda d: d.free)
        lines.append(
            ft.Text(
                tr(N_("Least free: {free} of {usable} on {date}")).format(
                    free=least.free, usable=least.usable, date=least.date.isoformat()
                )
            )
        )
    if item.short_days:
        days = ", ".join(d.isoformat() for d in item.short_days)
        lines.append(ft.Text(tr(N_("Short on {days}")).format(days=days), color=ft.Colors.ERROR))
    chips: list[ft.Control] = [
        ft.Container(
            content=ft.Text(
                f"{d.date.strftime('%d %b')}: {d.free}", theme_style=ft.TextThemeStyle.LABEL_SMALL
            ),
            padding=ft.Padding.symmetric(horizontal=6, vertical=2),
            border_radius=6,
            bgcolor=ft.Colors.ERROR_CONTAINER if d.short else ft.Colors.SURFACE_CONTAINER_HIGH,
        )
        for d in item.days
    ]
    lines.append(ft.Row(chips, wrap=True, spacing=4, run_spacing=4))
    return card(lines)


class AvailabilityPanel:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self.result: tuple[ItemAvailability, ...] | None = None
        self.first_day = box(labels, N_("From"), col=QUARTER, hint=N_("e.g. 2026-12-10"))
        self.last_day = box(labels, N_("Until"), col=QUARTER, hint=N_("e.g. 2026-12-10"))
        self.errors = FormErrors(
            labels, {"firstDay": text_field_slot(self.first_day), "lastDay": text_field_slot(self.last_day)}
        )
        self.items = ft.Column(spacing=8)
        self.control = ft.Column(
            [
                heading(labels, N_("Availability")),
                fields_row(self.first_day, self.last_day),
                actions_row(button(labels, N_("Check availability"), self.check)),
                self.errors.banner,
                self.items,
            ],
            spacing=8,
        )
        labels.on_relabel(self._render)

    async def check(self) -> None:
        built = day_range_variables(self.first_day.value, self.last_day.value)
        self.errors.show(built.errors)
        if built.errors:
            self._ctx.refresh()
            return

        async def fetch() -> None:
            self.result = await self._ctx.auth.call(
                lambda token: gateway.availability(self._ctx.client, built.variables, token)
            )
            self._render()

        await run_action(self._ctx, self.errors, fetch, busy=self.control)

    def _render(self) -> None:
        if self.result is None:
            self.items.controls = []
            return
        self.items.controls = [item_availability(self._tr, item) for item in self.result] or [
            ft.Text(self._tr(N_("No stock items yet")))
        ]
