"""Muhurtham search from the booking form: kind, date range and birth nakshatras; the engine's days
with their windows and reasons; picking a day fills the booking's dates."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.forms import MuhurthamQuery
from eventxperts_app.features.calendar.models import MuhurthamDay, MuhurthamKind, MuhurthamResult, Nakshatra
from eventxperts_app.features.calendar.names import MUHURTHAM_KINDS, NAKSHATRAS
from eventxperts_app.features.calendar.variables import muhurtham_variables
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
from eventxperts_app.ui.local_time import window_text

DayChosen = Callable[[MuhurthamDay], None]


class MuhurthamPanel:
    def __init__(self, ctx: AppContext, labels: Labels, chosen: DayChosen) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self._chosen = chosen
        self.result: MuhurthamResult | None = None
        self.kind = choice(
            labels, N_("Muhurtham for"), MUHURTHAM_KINDS, col=QUARTER, value=MuhurthamKind.MARRIAGE.value
        )
        self.first_day = box(labels, N_("From"), col=QUARTER, hint=N_("e.g. 2026-12-10"))
        self.last_day = box(labels, N_("Until"), col=QUARTER, hint=N_("e.g. 2026-12-10"))
        self.star_one = choice(labels, N_("Birth nakshatra"), NAKSHATRAS, col=QUARTER)
        self.star_two = choice(labels, N_("Second birth nakshatra"), NAKSHATRAS, col=QUARTER)
        self.errors = FormErrors(
            labels,
            {
                "firstDay": text_field_slot(self.first_day),
                "lastDay": text_field_slot(self.last_day),
                "birthNakshatras": dropdown_slot(self.star_one),
            },
        )
        self.days = ft.Column(spacing=6)
        self.control = card(
            [
                heading(labels, N_("Find a muhurtham")),
                fields_row(self.kind, self.first_day, self.last_day, self.star_one, self.star_two),
                actions_row(button(labels, N_("Search muhurthams"), self.search)),
                self.errors.banner,
                self.days,
            ]
        )
        labels.on_relabel(self._render)

    def query(self) -> MuhurthamQuery:
        stars = tuple(Nakshatra(s) for s in (self.star_one.value, self.star_two.value) if s)
        return MuhurthamQuery(
            kind=MuhurthamKind(self.kind.value or MuhurthamKind.MARRIAGE.value),
            first_day=self.first_day.value,
            last_day=self.last_day.value,
            birth_nakshatras=stars,
        )

    async def search(self) -> None:
        built = muhurtham_variables(self.query())
        self.errors.show(built.errors)
        if built.errors:
            self._ctx.refresh()
            return

        async def fetch() -> None:
            self.result = await self._ctx.auth.call(
                lambda token: gateway.muhurtham_search(self._ctx.client, built.variables, token)
            )
            self._render()

        await run_action(self._ctx, self.errors, fetch, busy=self.control)

    def _render(self) -> None:
        if self.result is None:
            self.days.controls = []
            return
        if not self.result.days:
            self.days.controls = [ft.Text(self._tr(N_("No muhurtham in these days")))]
            return
        self.days.controls = [self._day(day) for day in self.result.days]

    def _day(self, day: MuhurthamDay) -> ft.Control:
        windows = ", ".join(window_text(w.starts_at, w.ends_at) for w in day.windows)

        async def use() -> None:
            self._chosen(day)
            self._ctx.refresh()

        use_button = ft.OutlinedButton(
            content=self._tr(N_("Use {date}")).format(date=day.date.isoformat()), on_click=use
        )
        lines: list[ft.Control] = [ft.Text(f"{day.date.isoformat()} · {windows}", weight=ft.FontWeight.BOLD)]
        lines += [ft.Text(reason, theme_style=ft.TextThemeStyle.BODY_SMALL) for reason in day.reasons]
        return ft.Column([*lines, use_button], spacing=2)
