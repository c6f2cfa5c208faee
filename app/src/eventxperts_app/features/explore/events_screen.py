"""Public events (festival celebrations, exhibitions, melas, workshops) by district and dates, festival
days marked; an event's page with its panchangam, entry, map, "interested" and a WhatsApp share.
`/events?event=<id>` opens that event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import flet as ft

from eventxperts_app.features.calendar.variables import Built
from eventxperts_app.features.explore import gateway
from eventxperts_app.features.explore.choices import district_choice
from eventxperts_app.features.explore.enquiry_variables import read_date
from eventxperts_app.features.explore.models import PublicEvent
from eventxperts_app.features.explore.names import (
    ENTRY_KINDS,
    PUBLIC_EVENT_KINDS,
    code_name,
    district_name,
    named,
)
from eventxperts_app.features.explore.paths import EVENT_ARGUMENT
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import THIRD, actions_row, box, button, card, fields_row
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import INDIA, moment_text

CARD_COLUMNS: dict[str | ft.ResponsiveRowBreakpoint, int | float] = {"xs": 12, "md": 6, "xl": 4}
SHOWN_DAYS = 60  # what the list starts with: the next two months


def when_line(tr: Translator, event: PublicEvent) -> str:
    kind = code_name(tr, PUBLIC_EVENT_KINDS, event.kind)
    return f"{kind} · {moment_text(event.starts_at)} – {moment_text(event.ends_at)}"


def festival_line(tr: Translator, event: PublicEvent) -> str | None:
    day = event.panchangam
    if day is None or not day.festivals:
        return None
    return tr(N_("Festival day: {festivals}")).format(
        festivals=", ".join(named(tr, f) for f in day.festivals)
    )


def panchangam_line(tr: Translator, event: PublicEvent) -> str | None:
    day = event.panchangam
    if day is None:
        return None
    return tr(N_("Panchangam at {place}: {vara}, {tithi}, {nakshatra}")).format(
        place=day.place,
        vara=named(tr, day.vara),
        tithi=named(tr, day.tithi),
        nakshatra=named(tr, day.nakshatra),
    )


class EventsScreen:
    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        first = today or datetime.now(INDIA).date()
        self.events: tuple[PublicEvent, ...] = ()
        self.event: PublicEvent | None = None
        self.district = district_choice(labels, N_("District"), col=THIRD)
        self.start = box(labels, N_("From"), col=THIRD, hint=N_("e.g. 2027-02-14"))
        self.end = box(labels, N_("Until"), col=THIRD, hint=N_("e.g. 2027-02-14"))
        self.start.value, self.end.value = first.isoformat(), (first + timedelta(days=SHOWN_DAYS)).isoformat()
        self.errors = FormErrors(
            labels,
            {
                "district": dropdown_slot(self.district),
                "start": text_field_slot(self.start),
                "end": text_field_slot(self.end),
            },
        )
        self.show_button = button(labels, N_("Show events"), self.search, filled=True)
        self.list = ft.ResponsiveRow(spacing=8, run_spacing=8)
        self.empty = labels.text(N_("No public events in these days"), visible=False)
        self.listing = ft.Column(
            [
                fields_row(self.district, self.start, self.end),
                actions_row(self.show_button),
                self.empty,
                self.list,
            ],
            spacing=12,
        )
        self.detail = ft.Column(spacing=8)
        self.interested = button(labels, N_("I'm interested"), self._interested)
        self.detail_pane = ft.Column(
            [
                actions_row(button(labels, N_("Back to events"), self._back)),
                self.detail,
                actions_row(self.interested),
            ],
            spacing=12,
            visible=False,
        )
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Public events")),
                    self.errors.banner,
                    self.listing,
                    self.detail_pane,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        event_id = self._ctx.arguments.get(EVENT_ARGUMENT)
        if event_id:
            await self.open_event(event_id)
        else:
            await self.search()

    async def search(self) -> None:
        built = Built()
        start = read_date(built, "start", self.start.value or "")
        end = read_date(built, "end", self.end.value or "")
        self.errors.show(built.errors)
        if start is None or end is None:
            self._ctx.refresh()
            return

        async def fetch() -> None:
            self.events = await gateway.public_events(
                self._ctx.client,
                date.fromisoformat(start),
                date.fromisoformat(end),
                self.district.value or None,
            )
            self._render()

        await run_action(self._ctx, self.errors, fetch, busy=self.show_button)

    async def open_event(self, event_id: str) -> None:
        async def fetch() -> None:
            self.event = await gateway.public_event(self._ctx.client, event_id)
            self._render()

        await run_action(self._ctx, self.errors, fetch)

    async def _back(self) -> None:
        self.event = None
        self._render()
        if not self.events:
            await self.search()

    async def _interested(self) -> None:
        event = self.event
        if event is None:
            return

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.mark_interested(self._ctx.client, event.id, t)
            )
            self.errors.show(result.errors)
            if result.interested_count is not None:
                self.event = replace(event, interested_count=result.interested_count)
                self._render()

        await run_action(self._ctx, self.errors, send, busy=self.interested)

    def _render(self) -> None:
        tr = self.labels.tr
        self.listing.visible, self.detail_pane.visible = self.event is None, self.event is not None
        self.list.controls = [self._card(event) for event in self.events]
        self.empty.visible = not self.events
        if self.event is not None:
            self.detail.controls = self._detail(tr, self.event)

    def _card(self, event: PublicEvent) -> ft.Control:
        tr = self.labels.tr

        async def open_it() -> None:
            self.event = event
            self._render()
            self._ctx.refresh()

        lines: list[ft.Control] = [
            ft.Text(event.title, weight=ft.FontWeight.BOLD),
            ft.Text(when_line(tr, event)),
            ft.Text(f"{event.venue}, {district_name(tr, event.district)}"),
        ]
        festival = festival_line(tr, event)
        if festival:
            lines.append(ft.Text(festival, color=ft.Colors.TERTIARY, weight=ft.FontWeight.BOLD))
        control = card(lines, on_click=open_it)
        control.col = CARD_COLUMNS
        return control

    async def _copy_link(self) -> None:
        if self.event is not None:
            await ft.Clipboard().set(self.event.share_url)
            self._ctx.confirm(self.labels.tr(N_("Link copied")))

    def _detail(self, tr: Translator, event: PublicEvent) -> list[ft.Control]:
        lines: list[ft.Control] = [
            ft.Text(event.title, theme_style=ft.TextThemeStyle.TITLE_LARGE, weight=ft.FontWeight.BOLD),
            ft.Text(when_line(tr, event)),
            ft.Text(f"{event.venue}, {district_name(tr, event.district)}"),
            ft.Text(code_name(tr, ENTRY_KINDS, event.entry)),
        ]
        lines += [ft.Text(line) for line in (festival_line(tr, event), panchangam_line(tr, event)) if line]
        if event.description:
            lines.append(ft.Text(event.description))
        lines.append(ft.Text(tr(N_("{count} interested")).format(count=event.interested_count)))
        links = [
            ft.TextButton(content=tr(N_("Add to my calendar")), url=event.ics_url),
            ft.TextButton(content=tr(N_("Subscribe in my calendar")), url=event.subscribe_url),
            ft.TextButton(content=tr(N_("Share on WhatsApp")), url=event.whatsapp_link),
            ft.TextButton(content=tr(N_("Copy link")), on_click=self._copy_link),
        ]
        if event.map_link:
            links.append(ft.TextButton(content=tr(N_("Open the map")), url=event.map_link))
        if event.entry_link:
            links.append(ft.TextButton(content=tr(N_("Tickets")), url=event.entry_link))
        return [*lines, actions_row(*links)]
