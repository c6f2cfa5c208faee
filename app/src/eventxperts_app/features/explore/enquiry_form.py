"""The enquiry to one organizer or to up to five picked from the results: kind of event, preferred
dates (the date searched for to start with), the venue's district and PIN code, guests, budget,
message, and the name and phone the organizers will see. Sent, it lands in each organizer's calendar
as a lead. One request key per form: pressing Send again after a lost answer sends nothing twice."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.explore import gateway
from eventxperts_app.features.explore.choices import district_choice, event_kind_choice
from eventxperts_app.features.explore.enquiry_variables import EnquiryForm, enquiry_variables
from eventxperts_app.features.explore.models import Enquiry, Listing
from eventxperts_app.features.explore.names import organizer_name
from eventxperts_app.features.explore.picked_organizers import MOST_PICKED
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, error_text, text_field_slot, text_slot
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import (
    HALF,
    QUARTER,
    WHOLE,
    actions_row,
    box,
    button,
    card,
    fields_row,
)
from eventxperts_app.ui.labels import Labels

Sent = Callable[[tuple[Enquiry, ...]], Awaitable[None]]


class EnquiryFormPane:
    def __init__(self, ctx: AppContext, labels: Labels, back: ClickHandler, sent: Sent) -> None:
        self._ctx, self._labels, self._sent = ctx, labels, sent
        self.listings: tuple[Listing, ...] = ()
        self.request_key = ""
        self.organizers = ft.Column(spacing=4)
        self.organizers_error = error_text()
        self.organizer_errors = [error_text() for _ in range(MOST_PICKED)]
        self.title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_LARGE, weight=ft.FontWeight.BOLD)
        self.kind = event_kind_choice(labels, N_("Kind of event"), col=HALF)
        self.dates = box(labels, N_("Preferred dates (commas between)"), col=HALF, hint=N_("e.g. 2027-02-14"))
        self.district = district_choice(labels, N_("Venue district"), col=HALF)
        self.pin_code = box(labels, N_("PIN code"), col=HALF, keyboard=ft.KeyboardType.NUMBER)
        self.guests = box(labels, N_("Guests (optional)"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        self.budget_from = box(labels, N_("Budget from (₹)"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        self.budget_to = box(labels, N_("Budget up to (₹)"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        self.message = box(labels, N_("Message"), col=WHOLE, multiline=True)
        self.contact_name = box(labels, N_("Your name"), col=HALF)
        self.contact_phone = box(labels, N_("Your phone"), col=HALF, keyboard=ft.KeyboardType.PHONE)
        self.errors = FormErrors(
            labels,
            {
                # A refusal of one organizer ("organizerIds.2") shows under its name.
                "organizerIds": text_slot(self.organizers_error),
                **{f"organizerIds.{i}": text_slot(t) for i, t in enumerate(self.organizer_errors)},
                "kind": dropdown_slot(self.kind),
                "preferredDates": text_field_slot(self.dates),
                "district": dropdown_slot(self.district),
                "pinCode": text_field_slot(self.pin_code),
                "guestCount": text_field_slot(self.guests),
                "budgetMinPaise": text_field_slot(self.budget_from),
                "budgetMaxPaise": text_field_slot(self.budget_to),
                "message": text_field_slot(self.message),
                "contactName": text_field_slot(self.contact_name),
                "contactPhone": text_field_slot(self.contact_phone),
            },
        )
        self.send_button = button(labels, N_("Send enquiry"), self.send, filled=True)
        self.control = card(
            [
                self.title,
                self.organizers,
                self.organizers_error,
                labels.text(N_("The organizer sees your name, phone and message, never your email.")),
                fields_row(
                    self.kind,
                    self.dates,
                    self.district,
                    self.pin_code,
                    self.guests,
                    self.budget_from,
                    self.budget_to,
                    self.message,
                    self.contact_name,
                    self.contact_phone,
                ),
                self.errors.banner,
                actions_row(self.send_button, button(labels, N_("Back"), back)),
            ]
        )
        labels.on_relabel(self._name_title)

    def start(self, listings: tuple[Listing, ...], *, day: str | None, district: str | None) -> None:
        """A fresh form to `listings`, starting from the date and district searched for."""
        self.listings = listings
        self.request_key = str(uuid.uuid4())
        self.errors.clear()
        user = self._ctx.auth.user
        self.dates.value = day or ""
        self.district.value = district
        for field in (self.pin_code, self.guests, self.budget_from, self.budget_to, self.message):
            field.value = ""
        self.contact_name.value = user.name if user else ""
        self.contact_phone.value = user.phone if user else ""
        self._name_title()

    def form(self) -> EnquiryForm:
        return EnquiryForm(
            organizer_ids=tuple(listing.organizer_id for listing in self.listings),
            kind=self.kind.value or "",
            dates=self.dates.value or "",
            district=self.district.value or "",
            pin_code=self.pin_code.value or "",
            guests=self.guests.value or "",
            budget_from=self.budget_from.value or "",
            budget_to=self.budget_to.value or "",
            message=self.message.value or "",
            contact_name=self.contact_name.value or "",
            contact_phone=self.contact_phone.value or "",
            request_key=self.request_key,
        )

    async def send(self) -> None:
        built = enquiry_variables(self.form())
        self.errors.show(built.errors)
        if built.errors:
            self._ctx.refresh()
            return

        async def post() -> None:
            result = await self._ctx.auth.call(
                lambda token: gateway.send_enquiry(self._ctx.client, built.variables, token)
            )
            self.errors.show(result.errors)
            if result.enquiries:
                await self._sent(result.enquiries)

        await run_action(self._ctx, self.errors, post, busy=self.send_button)

    def _drop(self, organizer_id: str) -> ClickHandler:
        async def drop() -> None:
            self.listings = tuple(o for o in self.listings if o.organizer_id != organizer_id)
            self.errors.clear()
            self._name_title()
            self._ctx.refresh()

        return drop

    def _name_title(self) -> None:
        tr = self._labels.tr
        names = ", ".join(organizer_name(tr, listing) for listing in self.listings)
        self.title.value = tr(N_("Enquiry to {name}")).format(name=names)
        rows: list[ft.Control] = []
        for listing, error in zip(self.listings, self.organizer_errors, strict=False):
            # Several organizers: each can be taken off (one that refuses, say) and the rest sent.
            remove = button(self._labels, N_("Remove"), self._drop(listing.organizer_id))
            remove.visible = len(self.listings) > 1
            rows.append(
                ft.Column([actions_row(ft.Text(organizer_name(tr, listing)), remove), error], spacing=2)
            )
        self.organizers.controls = rows
        self.organizers.visible = len(self.listings) > 1
