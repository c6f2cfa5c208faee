"""A person's own used listings (/shop/used/mine): a form to list an item or change one (a change
waits for approval again), and each listing with its state and what it still allows: change it, add a
photo (sent straight to the service's signed link), mark it sold, withdraw it."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.signed_upload import IMAGE_TYPES, put_image
from eventxperts_app.features.marketplace import gateway as shop
from eventxperts_app.features.marketplace.links import going
from eventxperts_app.features.marketplace.paths import MESSAGES, USED
from eventxperts_app.features.marketplace.used import gateway
from eventxperts_app.features.marketplace.used.listing_form import ListingForm
from eventxperts_app.features.marketplace.used.models import ListingResult, UsedListing
from eventxperts_app.features.marketplace.used.my_listing_row import ListingRow
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import actions_row, button, card, heading
from eventxperts_app.ui.labels import Labels


class MyListingsScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.listings: tuple[UsedListing, ...] = ()
        self.editing: UsedListing | None = None
        self.form = ListingForm(labels)
        self.form_title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_MEDIUM, weight=ft.FontWeight.BOLD)
        self.save = button(labels, N_("Send for approval"), self._save, filled=True)
        self.stop_editing = button(labels, N_("Stop changing"), self._stop_editing)
        self.list = ft.Column(spacing=8)
        self.empty = labels.text(N_("You have not listed anything yet"), visible=False)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Your used items")),
                    actions_row(
                        button(labels, N_("Back to used items"), going(ctx, USED)),
                        button(labels, N_("Messages"), going(ctx, MESSAGES)),
                    ),
                    card(
                        [
                            self.form_title,
                            labels.text(N_("A super admin approves each listing before buyers see it.")),
                            self.form.control,
                            actions_row(self.save, self.stop_editing),
                        ]
                    ),
                    heading(labels, N_("Your listings")),
                    self.empty,
                    self.list,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            categories = await self._ctx.auth.call(lambda t: shop.categories(self._ctx.client, t))
            self.form.fill_categories(categories)
            await self._reload()

        await run_action(self._ctx, self.form.errors, fetch)

    async def _reload(self) -> None:
        self.listings = await self._ctx.auth.call(lambda t: gateway.my_listings(self._ctx.client, t))
        self._render()

    def _render(self) -> None:
        tr = self.labels.tr
        self.form_title.value = tr(N_("Change your listing") if self.editing else N_("Sell a used item"))
        self.stop_editing.visible = self.editing is not None
        self.empty.visible = not self.listings
        self.list.controls = [
            ListingRow(self._ctx, self.labels, listing, self._edit, self._replaced, self._add_photo).control
            for listing in self.listings
        ]

    async def _save(self) -> None:
        listing_input = self.form.listing_input()
        if listing_input is None:
            self._ctx.refresh()
            return
        editing = self.editing.id if self.editing else None

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.save(self._ctx.client, editing, listing_input, t)
            )
            self.form.errors.show(result.errors)
            if result.listing is not None and not result.errors:
                self._ctx.confirm(self.labels.tr(N_("Sent for approval")))
                self.editing = None
                self.form.fill(None)
                await self._reload()

        await run_action(self._ctx, self.form.errors, send, busy=self.save)

    async def _edit(self, listing: UsedListing) -> None:
        self.editing = listing
        self.form.fill(listing)
        self._render()
        self._ctx.refresh()

    async def _stop_editing(self) -> None:
        self.editing = None
        self.form.fill(None)
        self._render()
        self._ctx.refresh()

    async def _replaced(self, result: ListingResult) -> None:
        if result.listing is not None:
            changed = result.listing
            self.listings = tuple(changed if item.id == changed.id else item for item in self.listings)
            self._render()

    async def _add_photo(self, listing: UsedListing) -> None:
        picked = await ft.FilePicker().pick_files(
            with_data=True, file_type=ft.FilePickerFileType.CUSTOM, allowed_extensions=list(IMAGE_TYPES)
        )
        chosen = next((f for f in picked or () if f.bytes), None)
        if chosen is None or chosen.bytes is None:
            return
        name, data = chosen.name, chosen.bytes

        async def upload() -> None:
            link = await self._ctx.auth.call(
                lambda t: gateway.photo_upload_link(self._ctx.client, listing.id, None, t)
            )
            refused = link.errors[0] if link.errors else None
            if link.url is not None and refused is None:
                refused = await put_image(link.url, name, data)
            self.form.errors.show([refused] if refused else [])
            if refused is None:
                self._ctx.confirm(self.labels.tr(N_("Photo added")))
                await self._reload()

        await run_action(self._ctx, self.form.errors, upload)
