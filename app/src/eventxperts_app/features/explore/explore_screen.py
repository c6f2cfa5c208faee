"""Explore: finding organizers, an organizer's page, and the enquiry form (to one organizer, or to up
to five picked from the results), one at a time on the same screen. `/explore?organizer=<id>` opens
that organizer's page."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.explore.enquiry_form import EnquiryFormPane
from eventxperts_app.features.explore.models import Enquiry, Listing
from eventxperts_app.features.explore.organizer_pane import OrganizerPane
from eventxperts_app.features.explore.paths import EVENTS, MY_ENQUIRIES, ORGANIZER_ARGUMENT
from eventxperts_app.features.explore.search_pane import SearchPane
from eventxperts_app.i18n import N_
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_fields import ClickHandler, screen_title
from eventxperts_app.ui.form_layout import actions_row, button
from eventxperts_app.ui.labels import Labels


class ExploreScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.search = SearchPane(ctx, labels, self.open_organizer, self.enquire_many)
        self.organizer = OrganizerPane(ctx, labels, self.show_search, self.enquire)
        self.form = EnquiryFormPane(ctx, labels, self.back_from_form, self.sent)
        self.body = ft.Column([self.search.control])
        self._from_results = False
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Find organizers")),
                    actions_row(
                        button(labels, N_("My enquiries"), self._goer(MY_ENQUIRIES)),
                        button(labels, N_("Public events"), self._goer(EVENTS)),
                    ),
                    self.body,
                ],
                spacing=12,
            )
        ]

    def _goer(self, route: str) -> ClickHandler:
        async def go() -> None:
            await self._ctx.go(route)

        return go

    def _show(self, pane: ft.Control) -> None:
        self.body.controls = [pane]
        self._ctx.refresh()

    async def load(self) -> None:
        organizer_id = self._ctx.arguments.get(ORGANIZER_ARGUMENT)
        if organizer_id:
            await self.open_organizer(organizer_id)
        else:
            await self.search.load()

    async def show_search(self) -> None:
        self._show(self.search.control)
        if self.search.page is None:
            await self.search.load()

    async def open_organizer(self, organizer_id: str) -> None:
        self._show(self.organizer.control)
        await self.organizer.open(organizer_id)

    async def back_from_form(self) -> None:
        # The form to picked organizers was opened from the results; to one, from its page.
        self._show(self.search.control if self._from_results else self.organizer.control)

    async def enquire(self, listing: Listing) -> None:
        await self._start_form((listing,), from_results=False)

    async def enquire_many(self, listings: tuple[Listing, ...]) -> None:
        await self._start_form(listings, from_results=True)

    async def _start_form(self, listings: tuple[Listing, ...], *, from_results: bool) -> None:
        self._from_results = from_results
        self.form.start(listings, day=self.search.free_day(), district=self.search.district.value or None)
        self._show(self.form.control)

    async def sent(self, enquiries: tuple[Enquiry, ...]) -> None:
        tr = self.labels.tr
        if len(enquiries) > 1:
            text = tr(N_("Enquiry sent to {count} organizers. Each finds it in their calendar."))
            self._ctx.confirm(text.format(count=len(enquiries)))
        else:
            self._ctx.confirm(tr(N_("Enquiry sent. The organizer finds it in their calendar.")))
        self.search.picked.clear()
        await self._ctx.go(MY_ENQUIRIES)
