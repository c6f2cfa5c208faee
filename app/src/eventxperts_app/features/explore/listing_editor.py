"""The organizer's directory profile (/directory-profile): names in English and Telugu, about, the
districts served, services with price ranges, the phone shown to families, and whether it is listed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.explore import gateway
from eventxperts_app.features.explore.choices import ServiceChoice, service_choice
from eventxperts_app.features.explore.listing_variables import ListingForm, OfferForm, listing_variables
from eventxperts_app.features.explore.models import Listing, ServiceKind, ServiceOffer
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import ErrorSlot, FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import (
    HALF,
    THIRD,
    WHOLE,
    actions_row,
    box,
    button,
    card,
    fields_row,
    heading,
    icon_button,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import paise_text

RemoveRow = Callable[["OfferRow"], Awaitable[None]]


class OfferRow:
    def __init__(self, labels: Labels, kinds: tuple[ServiceKind, ...], remove: RemoveRow) -> None:
        async def remove_me() -> None:
            await remove(self)

        self.service: ServiceChoice = service_choice(labels, N_("Service"), col=THIRD)
        self.service.fill(kinds)
        self.min_rupees = box(labels, N_("From (₹)"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        self.max_rupees = box(labels, N_("Up to (₹)"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        remove_button = icon_button(labels, ft.Icons.DELETE_OUTLINE, N_("Remove this service"), remove_me)
        self.control = ft.Column(
            [fields_row(self.service.field, self.min_rupees, self.max_rupees, remove_button)]
        )

    def fill(self, offer: ServiceOffer) -> None:
        self.service.field.value = offer.service
        self.min_rupees.value = paise_text(offer.min_paise).removeprefix("₹")
        self.max_rupees.value = paise_text(offer.max_paise).removeprefix("₹")

    def form(self) -> OfferForm:
        return OfferForm(
            self.service.field.value or "", self.min_rupees.value or "", self.max_rupees.value or ""
        )


class ListingEditorScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.kinds: tuple[ServiceKind, ...] = ()
        self.rows: list[OfferRow] = []
        self.display_name = box(labels, N_("Name in English"), col=HALF)
        self.display_name_te = box(labels, N_("Name in Telugu"), col=HALF)
        self.about = box(labels, N_("About your business"), col=WHOLE, multiline=True)
        self.districts = box(
            labels, N_("Districts you serve (commas between)"), col=HALF, hint=N_("e.g. NTR, Guntur, హైదరాబాద్")
        )
        self.contact_phone = box(labels, N_("Phone shown to families (optional)"), col=HALF)
        self.published = labels.bind(ft.Switch(value=True), "label", N_("Listed in the directory"))
        self.offers = ft.Column(spacing=8)
        self.slots: dict[str, ErrorSlot] = {}  # relinked as rows come and go (_relink)
        self.errors = FormErrors(labels, self.slots)
        self.save_button = button(labels, N_("Save directory profile"), self.save, filled=True)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Directory profile")),
                    labels.text(N_("Families find you by these names, districts and services.")),
                    card(
                        [
                            fields_row(
                                self.display_name,
                                self.display_name_te,
                                self.about,
                                self.districts,
                                self.contact_phone,
                            ),
                            self.published,
                            heading(labels, N_("Services and prices")),
                            self.offers,
                            actions_row(button(labels, N_("Add a service"), self.add_row)),
                            self.errors.banner,
                            actions_row(self.save_button),
                        ]
                    ),
                ],
                spacing=12,
            )
        ]

    async def load(self) -> None:
        async def fetch() -> None:
            self.kinds = await gateway.service_kinds(self._ctx.client)
            mine = await self._ctx.auth.call(lambda t: gateway.my_listing(self._ctx.client, t))
            self.fill(mine)

        await run_action(self._ctx, self.errors, fetch)

    def fill(self, listing: Listing | None) -> None:
        self.rows = []
        if listing is None:
            user = self._ctx.auth.user
            self.display_name.value = user.name if user else ""
            self._add()
        else:
            self.display_name.value = listing.display_name
            self.display_name_te.value = listing.display_name_te or ""
            self.about.value = listing.about or ""
            self.districts.value = ", ".join(d.name for d in listing.districts)
            self.contact_phone.value = listing.contact_phone or ""
            self.published.value = listing.published
            for offer in listing.services:
                self._add().fill(offer)
        self._relink()

    async def add_row(self) -> None:
        self._add()
        self._relink()
        self._ctx.refresh()

    def _add(self) -> OfferRow:
        row = OfferRow(self.labels, self.kinds, self.remove_row)
        self.rows.append(row)
        return row

    async def remove_row(self, row: OfferRow) -> None:
        self.rows = [r for r in self.rows if r is not row]
        self._relink()
        self._ctx.refresh()

    def _relink(self) -> None:
        """The rows on screen, and the error slots by their place in the list (services.1.minPaise)."""
        self.offers.controls = [row.control for row in self.rows]
        self.slots.clear()
        self.slots |= {
            "displayName": text_field_slot(self.display_name),
            "displayNameTe": text_field_slot(self.display_name_te),
            "about": text_field_slot(self.about),
            "districts": text_field_slot(self.districts),
            "contactPhone": text_field_slot(self.contact_phone),
        }
        for index, row in enumerate(self.rows):
            self.slots[f"services.{index}.service"] = dropdown_slot(row.service.field)
            self.slots[f"services.{index}.minPaise"] = text_field_slot(row.min_rupees)
            self.slots[f"services.{index}.maxPaise"] = text_field_slot(row.max_rupees)

    def form(self) -> ListingForm:
        return ListingForm(
            display_name=self.display_name.value or "",
            display_name_te=self.display_name_te.value or "",
            about=self.about.value or "",
            districts=self.districts.value or "",
            contact_phone=self.contact_phone.value or "",
            published=bool(self.published.value),
            offers=tuple(row.form() for row in self.rows),
        )

    async def save(self) -> None:
        built = listing_variables(self.form())
        self.errors.show(built.errors)
        if built.errors:
            self._ctx.refresh()
            return

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.save_listing(self._ctx.client, built.variables, t)
            )
            self.errors.show(result.errors)
            if result.listing is not None:
                self.fill(result.listing)
                self._ctx.confirm(self.labels.tr(N_("Directory profile saved")))

        await run_action(self._ctx, self.errors, send, busy=self.save_button)
