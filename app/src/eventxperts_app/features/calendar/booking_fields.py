"""The booking form's boxes, keyed by their path in the API contract so typed errors land beside them."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.calendar.forms import BookingForm
from eventxperts_app.features.calendar.line_items import LineItemsEditor
from eventxperts_app.features.calendar.models import Booking, EventKind, Nakshatra
from eventxperts_app.features.calendar.names import EVENT_KINDS, NAKSHATRAS
from eventxperts_app.features.calendar.schedule_fields import DATE_HINT, TIME_HINT, ScheduleFields
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_errors import ErrorSlot, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import (
    QUARTER,
    THIRD,
    WHOLE,
    box,
    choice,
    dropdown,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import paise_text

# GST state codes of the two states the platform serves.
STATES = {"36": N_("Telangana"), "37": N_("Andhra Pradesh")}


class BookingFields:
    def __init__(self, labels: Labels) -> None:
        tr = labels.tr
        self.event_name = box(labels, N_("Event name"))
        self.kind = choice(labels, N_("Kind of event"), EVENT_KINDS, value=EventKind.WEDDING.value)
        self.schedule = ScheduleFields(labels)
        self.address = box(labels, N_("Venue address"), col=WHOLE)
        self.district = box(labels, N_("District"), col=THIRD)
        self.state = dropdown(labels, N_("State"), col=THIRD, value="36")
        labels.on_relabel(
            lambda: setattr(
                self.state, "options", [ft.DropdownOption(key=c, text=tr(n)) for c, n in STATES.items()]
            )
        )
        self.pin_code = box(labels, N_("PIN code"), col=THIRD, keyboard=ft.KeyboardType.NUMBER)
        self.map_link = box(labels, N_("Map link (optional)"), col=WHOLE)
        self.client_name = box(labels, N_("Client name"))
        self.phones = box(labels, N_("Client phones (commas between)"), keyboard=ft.KeyboardType.PHONE)
        self.email = box(labels, N_("Client email (optional)"), keyboard=ft.KeyboardType.EMAIL)
        self.birth_nakshatra = choice(labels, N_("Client's birth nakshatra (optional)"), NAKSHATRAS)
        self.hold_date = box(labels, N_("Hold until (date)"), col=QUARTER, hint=DATE_HINT)
        self.hold_time = box(labels, N_("Hold until (time)"), col=QUARTER, hint=TIME_HINT)
        self.hold = ft.Column(
            [
                heading(labels, N_("Tentative hold")),
                labels.text(
                    N_("Leave empty to record an enquiry; a date holds the stock until then (default 18:00).")
                ),
                fields_row(self.hold_date, self.hold_time),
            ]
        )
        self.line_items = LineItemsEditor(labels)
        self.agreed_total = box(labels, N_("Agreed total (₹)"), keyboard=ft.KeyboardType.NUMBER)
        self.advance = box(labels, N_("Advance (₹)"), keyboard=ft.KeyboardType.NUMBER)
        self.details = box(labels, N_("Booking specifics"), col=WHOLE, multiline=True)
        self.notes = box(labels, N_("Notes"), col=WHOLE, multiline=True)
        self.control = ft.Column(
            [
                fields_row(self.event_name, self.kind),
                heading(labels, N_("Dates")),
                self.schedule.control,
                self.hold,
                heading(labels, N_("Venue")),
                fields_row(self.address, self.district, self.state, self.pin_code, self.map_link),
                heading(labels, N_("Client")),
                fields_row(self.client_name, self.phones, self.email, self.birth_nakshatra),
                heading(labels, N_("Items and services")),
                self.line_items.control,
                fields_row(self.agreed_total, self.advance, self.details, self.notes),
            ],
            spacing=12,
        )

    def slots(self) -> dict[str, ErrorSlot]:
        """Contract paths in screen order."""
        return {
            "eventName": text_field_slot(self.event_name),
            "kind": dropdown_slot(self.kind),
            **self.schedule.slots(),
            "holdUntil": text_field_slot(self.hold_date),
            "venue.address": text_field_slot(self.address),
            "venue.district": text_field_slot(self.district),
            "venue.stateCode": dropdown_slot(self.state),
            "venue.pinCode": text_field_slot(self.pin_code),
            "venue.mapLink": text_field_slot(self.map_link),
            "client.name": text_field_slot(self.client_name),
            "client.phones": text_field_slot(self.phones),
            "client.email": text_field_slot(self.email),
            "client.birthNakshatra": dropdown_slot(self.birth_nakshatra),
            "lineItems": self.line_items.slot,
            "agreedTotalPaise": text_field_slot(self.agreed_total),
            "advancePaise": text_field_slot(self.advance),
            "details": text_field_slot(self.details),
            "notes": text_field_slot(self.notes),
        }

    def form(self) -> BookingForm:
        star = self.birth_nakshatra.value
        return BookingForm(
            event_name=self.event_name.value,
            kind=EventKind(self.kind.value or EventKind.OTHER.value),
            schedule=self.schedule.form(),
            address=self.address.value,
            district=self.district.value,
            state_code=self.state.value or "",
            pin_code=self.pin_code.value,
            map_link=self.map_link.value,
            client_name=self.client_name.value,
            phones=self.phones.value,
            email=self.email.value,
            birth_nakshatra=Nakshatra(star) if star else None,
            line_items=self.line_items.forms(),
            agreed_total_rupees=self.agreed_total.value,
            advance_rupees=self.advance.value,
            details=self.details.value,
            notes=self.notes.value,
            hold_date=self.hold_date.value,
            hold_time=self.hold_time.value,
        )

    def clear(self) -> None:
        """Empty boxes for the next new booking (the form pane is reused)."""
        for field in (
            self.event_name, self.address, self.district, self.pin_code, self.map_link, self.client_name,
            self.phones, self.email, self.agreed_total, self.advance, self.details, self.notes,
            self.hold_date, self.hold_time,
        ):  # fmt: skip
            field.value = ""
        self.kind.value, self.state.value, self.birth_nakshatra.value = EventKind.WEDDING.value, "36", None
        self.schedule.clear()
        self.line_items.fill(())

    def fill(self, booking: Booking) -> None:
        self.event_name.value = booking.event_name
        self.kind.value = booking.kind.value
        self.schedule.fill(booking.schedule)
        v, c = booking.venue, booking.client
        self.address.value, self.district.value, self.state.value = v.address, v.district, v.state_code
        self.pin_code.value, self.map_link.value = v.pin_code, v.map_link or ""
        self.client_name.value, self.phones.value = c.name, ", ".join(c.phones)
        self.email.value = c.email or ""
        self.birth_nakshatra.value = c.birth_nakshatra.value if c.birth_nakshatra else None
        self.line_items.fill(booking.line_items)
        self.agreed_total.value = paise_text(booking.agreed_total_paise).lstrip("₹").replace(",", "")
        self.advance.value = paise_text(booking.advance_paise).lstrip("₹").replace(",", "")
        self.details.value, self.notes.value = booking.details or "", booking.notes or ""
