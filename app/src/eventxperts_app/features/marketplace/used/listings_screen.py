"""Used items for sale (/shop/used): search in English or Telugu (a misspelling or the other script
finds it too), a district; the approved listings found as cards, more on request. From here a person
sells their own used items and reads their message threads."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.explore.choices import district_choice
from eventxperts_app.features.marketplace.links import going
from eventxperts_app.features.marketplace.paths import MESSAGES, MY_LISTINGS, SHOP, listing_location
from eventxperts_app.features.marketplace.used import gateway
from eventxperts_app.features.marketplace.used.listing_card import listing_card
from eventxperts_app.features.marketplace.used.models import UsedListing
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_fields import screen_title, submit_on_enter
from eventxperts_app.ui.form_layout import HALF, actions_row, box, button, card, fields_row
from eventxperts_app.ui.labels import Labels


class UsedListingsScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.listings: tuple[UsedListing, ...] = ()
        self.next_cursor: str | None = None
        self.text = box(labels, N_("Search used items"), col=HALF)
        self.district = district_choice(labels, N_("District"), col=HALF)
        self.errors = FormErrors(
            labels, {"text": text_field_slot(self.text), "districtId": dropdown_slot(self.district)}
        )
        self.list = ft.ResponsiveRow(spacing=8, run_spacing=8)
        self.empty = labels.text(N_("No used items found"), visible=False)
        self.more = button(labels, N_("Show more"), self._more)
        self.search_button = button(labels, N_("Search"), self._search, filled=True)
        submit_on_enter(self._search, self.text)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Used items")),
                    actions_row(
                        button(labels, N_("Sell a used item"), going(ctx, MY_LISTINGS), filled=True),
                        button(labels, N_("Messages"), going(ctx, MESSAGES)),
                        button(labels, N_("Back to shop"), going(ctx, SHOP)),
                    ),
                    card(
                        [
                            fields_row(self.text, self.district),
                            actions_row(self.search_button),
                            self.errors.banner,
                        ]
                    ),
                    self.empty,
                    self.list,
                    self.more,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        await run_action(self._ctx, self.errors, lambda: self._fetch(after=None))

    def search_input(self) -> JsonObject:
        return {"text": (self.text.value or "").strip(), "districtId": self.district.value or None}

    async def _fetch(self, after: str | None) -> None:
        search_input = self.search_input()
        page = await self._ctx.auth.call(lambda t: gateway.search(self._ctx.client, search_input, after, t))
        self.listings = (self.listings if after else ()) + page.listings
        self.next_cursor = page.next_cursor
        self.errors.clear()
        self._render()

    async def _search(self) -> None:
        await run_action(self._ctx, self.errors, lambda: self._fetch(after=None), busy=self.search_button)

    async def _more(self) -> None:
        await run_action(self._ctx, self.errors, lambda: self._fetch(after=self.next_cursor), busy=self.more)

    def _render(self) -> None:
        tr = self.labels.tr
        self.empty.visible = not self.listings
        self.list.controls = [
            listing_card(tr, listing, going(self._ctx, listing_location(listing.id)))
            for listing in self.listings
        ]
        self.more.visible = self.next_cursor is not None
