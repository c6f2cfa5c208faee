"""The calendar's first view: a month of days with panchangam and badges, the chosen day in full,
warnings ahead of peak days whose stock is nearly gone, and the calendar feed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

import flet as ft

from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.day_panel import BookingOpened, day_panel
from eventxperts_app.features.calendar.ics_feed_panel import IcsFeedPanel
from eventxperts_app.features.calendar.models import MonthView
from eventxperts_app.features.calendar.month_grid import month_grid, month_list
from eventxperts_app.features.calendar.names import localized
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_layout import actions_row, button, icon_button
from eventxperts_app.ui.labels import Labels

MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip
NewBooking = Callable[[date | None], Awaitable[None]]


def shifted(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


class MonthPane:
    def __init__(
        self,
        ctx: AppContext,
        labels: Labels,
        today: date,
        open_booking: BookingOpened,
        new_booking: NewBooking,
        list_bookings: Callable[[], Awaitable[None]],
    ) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self._open_booking = open_booking
        self._new_booking = new_booking
        self.year, self.month = today.year, today.month
        self.selected: date | None = today
        self.view: MonthView | None = None
        self.errors = FormErrors(labels, {})
        self.title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_LARGE)
        self.place = ft.Text(theme_style=ft.TextThemeStyle.BODY_SMALL)
        self.warnings = ft.Column(spacing=4)
        self.grid = ft.Column()
        self.day = ft.Column(spacing=8, horizontal_alignment=ft.CrossAxisAlignment.STRETCH)
        self.feed = IcsFeedPanel(ctx, labels)
        previous = icon_button(labels, ft.Icons.CHEVRON_LEFT, N_("Previous month"), self.previous_month)
        following = icon_button(labels, ft.Icons.CHEVRON_RIGHT, N_("Next month"), self.next_month)
        self.control = ft.Column(
            [
                ft.Row([previous, self.title, following], alignment=ft.MainAxisAlignment.SPACE_BETWEEN),
                self.place,
                self.errors.banner,
                self.warnings,
                self.grid,
                actions_row(
                    button(labels, N_("New booking"), self._new_on_selected, filled=True),
                    button(labels, N_("All bookings"), list_bookings),
                ),
                self.day,
                self.feed.control,
            ],
            spacing=12,
        )
        labels.on_relabel(self.render)
        ctx.viewport.on_change(self.render)

    async def load(self) -> None:
        async def fetch() -> None:
            year, month = self.year, self.month
            view = await self._ctx.auth.call(
                lambda token: gateway.month_view(self._ctx.client, year, month, token)
            )
            if (year, month) == (self.year, self.month):
                self.view = view
                self.errors.clear()
                self.render()

        await run_action(self._ctx, self.errors, fetch)
        await self.feed.load()

    async def previous_month(self) -> None:
        await self._move(-1)

    async def next_month(self) -> None:
        await self._move(1)

    async def _move(self, by: int) -> None:
        self.year, self.month = shifted(self.year, self.month, by)
        self.selected, self.view = None, None
        self.render()
        await self.load()

    async def pick(self, on: date) -> None:
        self.selected = on
        self.render()
        self._ctx.refresh()

    async def _new_on_selected(self) -> None:
        await self._new_booking(self.selected)

    def render(self) -> None:
        tr = self._tr
        self.title.value = f"{tr(MONTHS[self.month - 1])} {self.year}"
        view = self.view
        if view is None:
            self.place.value, self.grid.controls, self.day.controls, self.warnings.controls = "", [], [], []
            return
        self.place.value = tr(N_("Panchangam for {place}")).format(place=localized(tr, view.place))
        self.warnings.controls = [
            ft.Text(
                tr(N_("Peak day {date}: {item} only {free} of {usable} free")).format(
                    date=w.date.isoformat(), item=w.item.name, free=w.free, usable=w.usable
                ),
                color=ft.Colors.ERROR,
            )
            for w in view.peak_warnings
        ]
        layout = month_list if self._ctx.viewport.narrow else month_grid
        self.grid.controls = [layout(tr, view, self.selected, self.pick)]
        chosen = next((d for d in view.days if d.date == self.selected), None)
        self.day.controls = [] if chosen is None else day_panel(tr, chosen, self._open_booking)
