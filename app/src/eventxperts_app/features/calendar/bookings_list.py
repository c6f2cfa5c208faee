"""Every booking of the organizer, 20 at a time, newest start first: search by client name or phone,
and filters (status, kind, a range of days) that fold away on a phone. Overlapping searches show
only the newest answer; a card opens the booking."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.bookings_query import BookingsQuery, bookings_variables
from eventxperts_app.features.calendar.day_panel import BookingOpened
from eventxperts_app.features.calendar.models import Booking, BookingPage, BookingStatus, EventKind
from eventxperts_app.features.calendar.names import EVENT_KINDS, STATUSES
from eventxperts_app.features.calendar.schedule_fields import DATE_HINT
from eventxperts_app.i18n import N_, Msgid, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import (
    QUARTER,
    THIRD,
    actions_row,
    box,
    button,
    card,
    dropdown,
    fields_row,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.latest_request import RequestSequence
from eventxperts_app.ui.local_time import moment_text
from eventxperts_app.ui.page_trail import PageTrail

ANY = "ANY"
Back = Callable[[], Awaitable[None]]


def listed_booking(tr: Translator, booking: Booking, open_booking: BookingOpened) -> ft.Control:
    async def opened() -> None:
        await open_booking(booking.id)

    return card(
        [
            ft.Text(booking.event_name, weight=ft.FontWeight.BOLD),
            ft.Text(f"{tr(STATUSES[booking.status])} · {tr(EVENT_KINDS[booking.kind])}"),
            ft.Text(f"{moment_text(booking.schedule.starts_at)} · {booking.venue.district}"),
            ft.Text(f"{booking.client.name} · {', '.join(booking.client.phones)}"),
        ],
        on_click=opened,
    )


def _any_of(labels: Labels, field: ft.Dropdown, any_label: Msgid, names: dict[str, Msgid]) -> None:
    def name_options() -> None:
        field.options = [
            ft.DropdownOption(key=ANY, text=labels.tr(any_label)),
            *(ft.DropdownOption(key=code, text=labels.tr(name)) for code, name in names.items()),
        ]

    labels.on_relabel(name_options)


class BookingsListPane:
    def __init__(self, ctx: AppContext, labels: Labels, open_booking: BookingOpened, back: Back) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self._open_booking = open_booking
        self.trail = PageTrail()
        self.page: BookingPage | None = None
        self.requests = RequestSequence()
        self.search = box(labels, N_("Client name or phone"))
        self.search.on_submit = self.load
        self.status = dropdown(labels, N_("Status"), col=THIRD, value=ANY)
        _any_of(labels, self.status, N_("Any status"), {s.value: n for s, n in STATUSES.items()})
        self.kind = dropdown(labels, N_("Kind of event"), col=THIRD, value=ANY)
        _any_of(labels, self.kind, N_("Any kind"), {k.value: n for k, n in EVENT_KINDS.items()})
        self.first_day = box(labels, N_("From"), col=QUARTER, hint=DATE_HINT)
        self.last_day = box(labels, N_("Until"), col=QUARTER, hint=DATE_HINT)
        self.filters = ft.ExpansionTile(
            title=labels.text(N_("Filters")),
            controls=[fields_row(self.status, self.kind, self.first_day, self.last_day)],
            expanded_cross_axis_alignment=ft.CrossAxisAlignment.START,
            controls_padding=ft.Padding.only(left=8, right=8, bottom=8),
            maintain_state=True,
            expanded=not ctx.viewport.narrow,
        )
        ctx.viewport.on_change(self._fold_filters)
        self.errors = FormErrors(
            labels, {"firstDay": text_field_slot(self.first_day), "lastDay": text_field_slot(self.last_day)}
        )
        self.shown = ft.Text()
        self.previous = button(labels, N_("Previous"), self.show_previous)
        self.next = button(labels, N_("Next"), self.show_next)
        self.list = ft.Column(spacing=8, horizontal_alignment=ft.CrossAxisAlignment.STRETCH)
        self.control = ft.Column(
            [
                actions_row(button(labels, N_("Back to calendar"), back)),
                screen_title(labels, N_("Bookings")),
                fields_row(self.search),
                self.filters,
                actions_row(button(labels, N_("Search"), self.load, filled=True)),
                self.errors.banner,
                self.list,
                actions_row(self.previous, self.shown, self.next),
            ],
            spacing=12,
        )
        labels.on_relabel(self._render)

    def _fold_filters(self) -> None:
        self.filters.expanded = not self._ctx.viewport.narrow

    def query(self) -> BookingsQuery:
        status, kind = self.status.value, self.kind.value
        return BookingsQuery(
            search=self.search.value,
            status=BookingStatus(status) if status and status != ANY else None,
            kind=EventKind(kind) if kind and kind != ANY else None,
            first_day=self.first_day.value,
            last_day=self.last_day.value,
        )

    async def load(self) -> None:
        """The first page of what the search and filters ask for."""
        await self._fetch(PageTrail())

    async def show_next(self) -> None:
        following = self.page and self.trail.next(self.page.next_cursor, len(self.page.items))
        if following:
            await self._fetch(following)

    async def show_previous(self) -> None:
        earlier = self.trail.previous()
        if earlier is not None:
            await self._fetch(earlier)

    async def _fetch(self, trail: PageTrail) -> None:
        built = bookings_variables(self.query(), trail.after)
        self.errors.show(built.errors)
        if built.errors:
            self._ctx.refresh()
            return
        request = self.requests.issue()
        self.previous.disabled = self.next.disabled = True

        async def fetch() -> None:
            page = await self._ctx.auth.call(
                lambda token: gateway.bookings(self._ctx.client, built.variables, token)
            )
            if request.is_latest:
                self.trail, self.page = trail, page
                self.errors.clear()

        await run_action(self._ctx, request.errors_to(self.errors), fetch)
        if request.is_latest:  # answered or failed: the buttons follow what is on screen
            self._render()
            self._ctx.refresh()

    def _render(self) -> None:
        page, tr = self.page, self._tr
        if page is None:
            self.list.controls, self.shown.value = [], ""
            return
        self.list.controls = [listed_booking(tr, b, self._open_booking) for b in page.items] or [
            ft.Text(tr(N_("No bookings match")))
        ]
        first, last = self.trail.offset + 1, self.trail.offset + len(page.items)
        self.shown.value = tr(N_("Showing {first}–{last} of {total}")).format(
            first=min(first, last), last=last, total=page.total
        )
        self.previous.disabled = not self.trail.has_previous
        self.next.disabled = page.next_cursor is None
