"""Finding organizers: text (English or Telugu), service, district and a date they are free on, with the
muhurtham finder to choose that date; the results as cards that open the organizer's page, each with a
box to pick it for one enquiry to up to five organizers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

import flet as ft

from eventxperts_app.features.calendar.models import MuhurthamDay
from eventxperts_app.features.calendar.muhurtham_panel import MuhurthamPanel
from eventxperts_app.features.calendar.variables import Built
from eventxperts_app.features.explore import gateway
from eventxperts_app.features.explore.choices import district_choice, service_choice
from eventxperts_app.features.explore.enquiry_variables import read_date
from eventxperts_app.features.explore.models import Listing, ListingPage
from eventxperts_app.features.explore.names import district_name, offer_line, organizer_name, rating_text
from eventxperts_app.features.explore.picked_organizers import MOST_PICKED, PickedOrganizers
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import (
    THIRD,
    actions_row,
    box,
    button,
    card,
    fields_row,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.latest_request import RequestSequence

OpenOrganizer = Callable[[str], Awaitable[None]]
EnquirePicked = Callable[[tuple[Listing, ...]], Awaitable[None]]
CARD_COLUMNS: dict[str | ft.ResponsiveRowBreakpoint, int | float] = {"xs": 12, "md": 6, "xl": 4}


class SearchPane:
    def __init__(
        self, ctx: AppContext, labels: Labels, open_organizer: OpenOrganizer, enquire: EnquirePicked
    ) -> None:
        self._ctx, self._labels, self._open, self._enquire = ctx, labels, open_organizer, enquire
        self.page: ListingPage | None = None
        self.picked = PickedOrganizers()
        self.picked_summary = ft.Text()
        self.picked_full = ft.Text(color=ft.Colors.ERROR, visible=False)
        self.enquire_picked = button(
            labels, N_("Enquire the picked organizers"), self._enquire_picked, filled=True
        )
        self.picked_bar = ft.Column(
            [
                self.picked_summary,
                self.picked_full,
                actions_row(self.enquire_picked, button(labels, N_("Clear picks"), self._clear_picks)),
            ],
            spacing=6,
            visible=False,
        )
        self.text = box(labels, N_("Name or service (English or Telugu)"), col=THIRD)
        self.services = service_choice(labels, N_("Service"), col=THIRD)
        self.district = district_choice(labels, N_("District"), col=THIRD)
        self.free_on = box(labels, N_("Free on"), col=THIRD, hint=N_("e.g. 2027-02-14"))
        self.errors = FormErrors(
            labels,
            {
                "text": text_field_slot(self.text),
                "service": dropdown_slot(self.services.field),
                "district": dropdown_slot(self.district),
                "freeOn": text_field_slot(self.free_on),
            },
        )
        self.muhurtham = MuhurthamPanel(ctx, labels, self._use_muhurtham)
        self.muhurtham.control.visible = False
        self.search_button = button(labels, N_("Search"), self.search, filled=True)
        self.summary = ft.Text()
        self.results = ft.ResponsiveRow(spacing=8, run_spacing=8)
        self.more = button(labels, N_("More organizers"), self._more)
        self.more.visible = False
        self._requests = RequestSequence()
        self.control = ft.Column(
            [
                fields_row(self.text, self.services.field, self.district, self.free_on),
                actions_row(self.search_button, button(labels, N_("Find a muhurtham date"), self._finder)),
                self.muhurtham.control,
                self.errors.banner,
                self.summary,
                self.picked_bar,
                self.results,
                actions_row(self.more),
            ],
            spacing=12,
        )
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            self.services.fill(await gateway.service_kinds(self._ctx.client))

        await run_action(self._ctx, self.errors, fetch)
        if self.page is None:
            await self.search()

    def free_day(self) -> str | None:
        """The date searched for, YYYY-MM-DD (the enquiry form starts with it)."""
        return read_date(Built(), "freeOn", self.free_on.value or "")

    async def search(self) -> None:
        await self._fetch(offset=0)

    async def _more(self) -> None:
        await self._fetch(offset=len(self.page.items) if self.page else 0)

    async def _fetch(self, offset: int) -> None:
        built = Built()
        day = read_date(built, "freeOn", self.free_on.value or "")
        self.errors.show(built.errors)
        if built.errors:
            self._ctx.refresh()
            return
        request = self._requests.issue()
        earlier = self.page.items if self.page and offset else ()

        async def fetch() -> None:
            page = await gateway.search_organizers(
                self._ctx.client,
                service=self.services.field.value or None,
                district=self.district.value or None,
                free_on=date.fromisoformat(day) if day else None,
                text=(self.text.value or "").strip() or None,
                offset=offset,
            )
            if request.is_latest:
                self.page = ListingPage((*earlier, *page.items), page.total_count, page.has_more)
                self._render()

        await run_action(self._ctx, request.errors_to(self.errors), fetch, busy=self.search_button)

    def _use_muhurtham(self, day: MuhurthamDay) -> None:
        self.free_on.value = day.date.isoformat()
        self.muhurtham.control.visible = False

    async def _finder(self) -> None:
        self.muhurtham.control.visible = not self.muhurtham.control.visible
        self._ctx.refresh()

    def _render(self) -> None:
        page, tr = self.page, self._labels.tr
        self._render_picks()
        if page is None:
            return
        found = N_("No organizer matches. Try another date or fewer filters.")
        self.summary.value = (
            tr(N_("{count} organizers found")).format(count=page.total_count) if page.items else tr(found)
        )
        self.results.controls = [self._card(listing) for listing in page.items]
        self.more.visible = page.has_more

    async def _enquire_picked(self) -> None:
        if len(self.picked):
            await self._enquire(self.picked.listings)

    async def _clear_picks(self) -> None:
        self.picked.clear()
        self._render()
        self._ctx.refresh()

    def toggle_pick(self, listing: Listing, on: bool) -> None:
        """Picks or drops `listing`; a sixth pick is refused with a word why."""
        refused = on and not self.picked.pick(listing)
        if not on:
            self.picked.drop(listing.organizer_id)
        self._render()
        self.picked_full.visible = refused
        self._ctx.refresh()

    def _render_picks(self) -> None:
        tr = self._labels.tr
        count = len(self.picked)
        self.picked_bar.visible = count > 0
        self.picked_summary.value = tr(N_("{count} of {most} organizers picked for one enquiry")).format(
            count=count, most=MOST_PICKED
        )
        self.picked_full.value = tr(N_("You can pick up to five organizers for one enquiry"))
        self.picked_full.visible = False

    def _pick_box(self, listing: Listing) -> ft.Checkbox:
        async def changed() -> None:
            self.toggle_pick(listing, bool(pick.value))

        pick = ft.Checkbox(value=listing.organizer_id in self.picked, on_change=changed)
        pick.label = self._labels.tr(N_("Add to enquiry"))
        return pick

    def _card(self, listing: Listing) -> ft.Control:
        tr = self._labels.tr

        async def open_page() -> None:
            await self._open(listing.organizer_id)

        lines: list[ft.Control] = [
            ft.Text(organizer_name(tr, listing), weight=ft.FontWeight.BOLD),
            ft.Text(rating_text(tr, listing)),
            *(ft.Text(offer_line(tr, offer)) for offer in listing.services[:3]),
            ft.Text(", ".join(district_name(tr, d) for d in listing.districts[:4])),
        ]
        # The pick box sits under the card, not in it: inside, it would split the card's one tappable
        # node (its texts merged into one name) in two.
        control = ft.Column(
            [card(lines, on_click=open_page), self._pick_box(listing)],
            spacing=0,
            horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
        )
        control.col = CARD_COLUMNS
        return control
