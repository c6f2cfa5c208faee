"""The organizer's calendar: the month (with the chosen day and the calendar feed), the list of
bookings, a booking's detail, and the booking form, one at a time on the same screen.
`/calendar?booking=<id>` (a link from another section, such as a quotation made from the booking)
opens that booking's detail."""

from __future__ import annotations

from datetime import date, datetime

import flet as ft

from eventxperts_app.features.calendar.booking_detail import BookingDetailPane
from eventxperts_app.features.calendar.booking_form import BookingFormPane
from eventxperts_app.features.calendar.bookings_list import BookingsListPane
from eventxperts_app.features.calendar.models import Booking
from eventxperts_app.features.calendar.month_pane import MonthPane
from eventxperts_app.features.calendar.paths import BOOKING_ARGUMENT
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import INDIA


def today_in_india() -> date:
    return datetime.now(INDIA).date()


class CalendarScreen:
    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        self._ctx = ctx
        self.labels = Labels(ctx.tr)
        self.month = MonthPane(
            ctx,
            self.labels,
            today or today_in_india(),
            self.open_booking,
            self.new_booking,
            self.list_bookings,
        )
        self.bookings = BookingsListPane(ctx, self.labels, self.open_booking, self.show_month)
        self.detail = BookingDetailPane(ctx, self.labels, self.show_month, self.edit_booking)
        self.form = BookingFormPane(ctx, self.labels, self.saved, self.show_month, self.open_booking)
        self.body = ft.Column([self.month.control])
        self.controls: list[ft.Control] = [self.body]

    def _show(self, pane: ft.Control) -> None:
        self.body.controls = [pane]
        self._ctx.refresh()

    async def load(self) -> None:
        booking_id = self._ctx.arguments.get(BOOKING_ARGUMENT)
        if booking_id:
            await self.open_booking(booking_id)
        else:
            await self.month.load()

    async def show_month(self) -> None:
        self._show(self.month.control)
        await self.month.load()

    async def list_bookings(self) -> None:
        self._show(self.bookings.control)
        await self.bookings.load()

    async def open_booking(self, booking_id: str) -> None:
        self._show(self.detail.control)
        await self.detail.open(booking_id)

    async def new_booking(self, on: date | None) -> None:
        self._show(self.form.control)
        await self.form.start(on)

    async def edit_booking(self, booking: Booking) -> None:
        self._show(self.form.control)
        await self.form.start(None, booking)

    async def saved(self, booking: Booking) -> None:
        self._show(self.detail.control)
        self.detail.show(booking)
        await self.detail.load_godown()
