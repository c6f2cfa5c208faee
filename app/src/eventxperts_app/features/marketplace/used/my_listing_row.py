"""One of a seller's own listings: its photos, texts and state, and the buttons its state allows
(change and add a photo while pending or on sale, mark sold while on sale, withdraw while open)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.marketplace.used import gateway
from eventxperts_app.features.marketplace.used.listing_card import listing_texts, thumbnail
from eventxperts_app.features.marketplace.used.models import EDITABLE, SELLABLE, ListingResult, UsedListing
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import actions_row, button, card
from eventxperts_app.ui.labels import Labels

OnListing = Callable[[UsedListing], Awaitable[None]]
Replaced = Callable[[ListingResult], Awaitable[None]]


class ListingRow:
    def __init__(
        self,
        ctx: AppContext,
        labels: Labels,
        listing: UsedListing,
        edit: OnListing,
        replaced: Replaced,
        add_photo: OnListing,
    ) -> None:
        self._ctx, self._labels, self.listing, self._replaced = ctx, labels, listing, replaced
        self.errors = FormErrors(labels, {})
        self.buttons: list[ft.Control] = []
        if listing.status in EDITABLE:
            self.buttons += [
                button(labels, N_("Change"), self._on(edit)),
                button(labels, N_("Add a photo"), self._on(add_photo)),
            ]
        if listing.status in SELLABLE:
            self.buttons.append(button(labels, N_("Mark sold"), self._closer(sold=True), filled=True))
        if listing.status in EDITABLE:
            self.buttons.append(button(labels, N_("Withdraw"), self._closer(sold=False)))
        texts = [ft.Text(t) for t in listing_texts(labels.tr, listing)]
        photos = ft.Row([thumbnail(p, 64) for p in listing.photos], wrap=True, spacing=4)
        self.control = card([*texts, photos, self.errors.banner, actions_row(*self.buttons)])

    def _on(self, handler: OnListing) -> ClickHandler:
        async def run() -> None:
            await handler(self.listing)

        return run

    def _closer(self, *, sold: bool) -> ClickHandler:
        async def close() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.close(self._ctx.client, self.listing.id, sold, t)
            )
            self.errors.show(result.errors)
            if not result.errors:
                self._ctx.confirm(self._labels.tr(N_("Marked sold") if sold else N_("Withdrawn")))
                await self._replaced(result)

        async def run() -> None:
            await run_action(self._ctx, self.errors, close)

        return run
