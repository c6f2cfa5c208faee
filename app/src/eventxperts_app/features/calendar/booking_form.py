"""Recording a booking, or changing one that is still open: everything the organizer agreed with the
client, checked by the calendar service, whose typed errors appear beside their boxes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

import flet as ft

from eventxperts_app.api import GatewayError
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.booking_fields import BookingFields
from eventxperts_app.features.calendar.day_panel import BookingOpened
from eventxperts_app.features.calendar.form_checks import check_booking
from eventxperts_app.features.calendar.models import Booking, BookingResult, MuhurthamDay, StockItem
from eventxperts_app.features.calendar.muhurtham_panel import MuhurthamPanel
from eventxperts_app.features.calendar.shortage_view import shortage_lines
from eventxperts_app.features.calendar.variables import create_booking_variables, update_booking_variables
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_layout import actions_row, button
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import clock_text

BookingSaved = Callable[[Booking], Awaitable[None]]
Back = Callable[[], Awaitable[None]]


class BookingFormPane:
    def __init__(
        self, ctx: AppContext, labels: Labels, saved: BookingSaved, back: Back, open_booking: BookingOpened
    ) -> None:
        self._ctx = ctx
        self._open_booking = open_booking
        self._labels = labels
        self._saved = saved
        self._back = back
        self.editing: Booking | None = None
        self.fields = BookingFields(labels)
        self.muhurtham = MuhurthamPanel(ctx, labels, self.use_muhurtham)
        self.errors = FormErrors(labels, self.fields.slots())
        self.shortages = ft.Column(spacing=4)
        self.title = ft.Text(theme_style=ft.TextThemeStyle.HEADLINE_SMALL)
        self.submit = button(labels, N_("Save booking"), self._submit, filled=True)
        self.control = ft.Column(
            [
                self.title,
                self.errors.banner,
                self.muhurtham.control,
                self.fields.control,
                self.shortages,
                actions_row(self.submit, button(labels, N_("Back to calendar"), back)),
            ],
            spacing=12,
        )
        labels.on_relabel(self._name)

    def _name(self) -> None:
        self.title.value = self._labels.tr(N_("Change booking") if self.editing else N_("New booking"))

    async def start(self, on: date | None, booking: Booking | None = None) -> None:
        """An empty form (dated `on` when a day was chosen), or `booking` to change."""
        self.editing = booking
        self.errors.clear()
        self.fields.line_items.stock = await self._stock()
        self.shortages.controls = []
        creating = booking is None
        self.muhurtham.control.visible = self.fields.schedule.control.visible = creating
        self.fields.hold.visible = creating
        if booking is not None:
            self.fields.fill(booking)
        else:
            self.fields.clear()
        if booking is None and on is not None:
            self.fields.schedule.start_date.value = self.fields.schedule.end_date.value = on.isoformat()
        self._name()

    async def _stock(self) -> tuple[StockItem, ...]:
        try:
            return await self._ctx.auth.call(lambda token: gateway.stock_items(self._ctx.client, token))
        except GatewayError as failure:
            # The form still works for services; the banner says why stock lines have no items.
            self.errors.show([ApiError(failure.code, failure.message)])
            return ()

    def use_muhurtham(self, day: MuhurthamDay) -> None:
        s = self.fields.schedule
        s.start_date.value = s.end_date.value = day.date.isoformat()
        if day.windows:
            s.start_time.value = clock_text(day.windows[0].starts_at)

    async def _submit(self) -> None:
        form = self.fields.form()
        problems = check_booking(form, with_schedule=self.editing is None)
        built = (
            create_booking_variables(form)
            if self.editing is None
            else update_booking_variables(self.editing.id, self.editing.version, form)
        )
        # An empty box is "Required", not also unreadable: the format matters once something is typed.
        self.errors.show(problems or built.errors)
        if problems or built.errors:
            self._ctx.refresh()
            return
        action = "create" if self.editing is None else "update"

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda token: gateway.change_booking(self._ctx.client, action, built.variables, token)
            )
            await self._answered(result)

        await run_action(self._ctx, self.errors, send, busy=self.submit)

    async def _answered(self, result: BookingResult) -> None:
        self.errors.show(result.errors)
        self.shortages.controls = shortage_lines(self._labels.tr, result.shortages, self._open_booking)
        if result.booking is not None and not result.errors:
            await self._saved(result.booking)
