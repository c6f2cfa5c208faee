"""The booking a document was made from (a confirmed booking gets a draft quotation of its own): its
name, status and dates as the calendar service has them now, and a link that opens it in the
calendar (`/calendar?booking=<id>`)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api import GatewayError
from eventxperts_app.features.calendar import gateway as calendar
from eventxperts_app.features.calendar.models import Booking
from eventxperts_app.features.calendar.names import STATUSES
from eventxperts_app.features.calendar.paths import booking_location
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_layout import actions_row, button, card, heading
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import moment_text


def booking_lines(tr: Translator, booking: Booking | None) -> list[ft.Control]:
    """What the document shows of its booking; without an answer from the calendar, that it has one."""
    if booking is None:
        return [ft.Text(tr(N_("Made from a booking in your calendar")))]
    return [
        ft.Text(booking.event_name, weight=ft.FontWeight.BOLD),
        ft.Text(
            f"{tr(STATUSES[booking.status])} · "
            + tr(N_("From {start} to {end}")).format(
                start=moment_text(booking.schedule.starts_at), end=moment_text(booking.schedule.ends_at)
            )
        ),
    ]


class BookingLink:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self.booking_id: str | None = None
        self.booking: Booking | None = None
        self.lines = ft.Column(spacing=4)
        self.control = card(
            [
                heading(labels, N_("From the booking")),
                self.lines,
                actions_row(button(labels, N_("Open the booking"), self._open)),
            ]
        )
        self.control.visible = False
        labels.on_relabel(self._render)

    async def show(self, booking_id: str | None) -> None:
        """The booking `booking_id` (none: nothing shown); the calendar's answer is fetched once."""
        if booking_id == self.booking_id and self.booking is not None:
            return
        self.booking = None
        self.booking_id = booking_id
        self.control.visible = booking_id is not None
        self._render()
        if booking_id is None:
            return
        try:
            self.booking = await self._ctx.auth.call(
                lambda t: calendar.booking(self._ctx.client, booking_id, t)
            )
        except GatewayError:
            self.booking = None  # the link still opens the calendar, which says what went wrong
        self._render()

    def _render(self) -> None:
        self.lines.controls = booking_lines(self._tr, self.booking)

    async def _open(self) -> None:
        if self.booking_id is not None:
            await self._ctx.go(booking_location(self.booking_id))
