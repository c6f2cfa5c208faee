"""One used listing (/shop/used/listing?listing=<id>): its photos, price, condition, district and
description. A buyer writes to the seller from here (the thread opens); the seller's phone is not
shown here, only in the thread once the seller has replied. The seller sees its state instead."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.marketplace.links import going
from eventxperts_app.features.marketplace.paths import LISTING_ARGUMENT, MY_LISTINGS, USED, thread_location
from eventxperts_app.features.marketplace.used import gateway
from eventxperts_app.features.marketplace.used.listing_card import listing_texts
from eventxperts_app.features.marketplace.used.models import UsedListing
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_layout import WHOLE, actions_row, box, button, card
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.required_fields import REQUIRED

PHOTO_HEIGHT = 220  # px: a phone shows one photo whole and scrolls sideways to the next


class UsedListingScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.listing: UsedListing | None = None
        self.photos = ft.Row(spacing=8, scroll=ft.ScrollMode.AUTO)
        self.texts = ft.Column(spacing=4)
        self.message = box(labels, N_("Your message to the seller"), col=WHOLE, multiline=True)
        self.errors = FormErrors(labels, {"body": text_field_slot(self.message)})
        self.send = button(labels, N_("Write to the seller"), self._write, filled=True)
        self.manage = button(labels, N_("Manage your listings"), going(ctx, MY_LISTINGS))
        self.buyer_part = ft.Column(
            [
                labels.text(N_("Your phone number stays hidden. The seller's is shown once they reply.")),
                ft.ResponsiveRow([self.message]),
                actions_row(self.send),
            ],
            spacing=8,
            visible=False,
        )
        self.details = ft.Column(
            [self.photos, self.texts, self.buyer_part, self.manage, self.errors.banner],
            spacing=8,
            visible=False,
        )
        self.controls: list[ft.Control] = [
            ft.Column(
                [button(labels, N_("Back to used items"), going(ctx, USED)), card([self.details])], spacing=12
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        listing_id = self._ctx.arguments.get(LISTING_ARGUMENT)
        if not listing_id:
            await self._ctx.go(USED)
            return

        async def fetch() -> None:
            self.listing = await self._ctx.auth.call(
                lambda t: gateway.listing(self._ctx.client, listing_id, t)
            )
            self._render()

        await run_action(self._ctx, self.errors, fetch)

    def _render(self) -> None:
        listing, tr = self.listing, self.labels.tr
        if listing is None:
            return
        self.details.visible = True
        self.photos.controls = [
            ft.Image(src=p.url, height=PHOTO_HEIGHT, fit=ft.BoxFit.CONTAIN) for p in listing.photos
        ]
        self.photos.visible = bool(listing.photos)
        texts = listing_texts(tr, listing)
        if listing.description:
            texts.append(listing.description)
        self.texts.controls = [
            ft.Text(t, weight=ft.FontWeight.BOLD if i == 0 else None) for i, t in enumerate(texts)
        ]
        self.buyer_part.visible = not listing.mine
        self.manage.visible = listing.mine

    async def _write(self) -> None:
        listing, body = self.listing, (self.message.value or "").strip()
        if listing is None:
            return
        if not body:
            self.errors.show([ApiError(REQUIRED, "body", "body")])
            self._ctx.refresh()
            return

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.message_seller(self._ctx.client, listing.id, body, t)
            )
            self.errors.show(result.errors)
            if result.thread is not None and not result.errors:
                await self._ctx.go(thread_location(result.thread.id))

        await run_action(self._ctx, self.errors, send, busy=self.send)
