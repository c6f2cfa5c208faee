"""Inputs of the booking mutations and queries, as the app sends them."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

import strawberry
from servicekit.auth import Caller

from calendar_service.api.graphql.enums import BookingStatus, EventKind, LineItemKind, Nakshatra
from calendar_service.api.graphql.scalars import Paise
from calendar_service.domain.booking_checks import LineItemDraft
from calendar_service.service_layer import commands as cmd

T = TypeVar("T")


@strawberry.input(name="VenueInput")
class VenueInput:
    address: str
    district: str = strawberry.field(description="A district of the state, English or Telugu name.")
    state_code: str = strawberry.field(description="GST state code: 36 Telangana, 37 Andhra Pradesh.")
    pin_code: str
    map_link: str | None = None

    def draft(self) -> cmd.VenueDraft:
        return cmd.VenueDraft(self.address, self.district, self.state_code, self.pin_code, self.map_link)


@strawberry.input(name="ClientInput")
class ClientInput:
    name: str
    phones: list[str] = strawberry.field(description="One or more Indian phone numbers (+91 by default).")
    email: str | None = None
    birth_nakshatra: Nakshatra | None = None

    def draft(self) -> cmd.ClientDraft:
        return cmd.ClientDraft(self.name, list(self.phones), self.email, self.birth_nakshatra)


@strawberry.input(name="LineItemInput", description="A service (description) or a stock item (stockItemId).")
class LineItemInput:
    kind: LineItemKind
    description: str | None = None
    stock_item_id: strawberry.ID | None = None
    quantity: int
    agreed_price_paise: Paise

    def draft(self) -> LineItemDraft:
        item = str(self.stock_item_id) if self.stock_item_id is not None else None
        return LineItemDraft(self.kind, self.description, item, self.quantity, self.agreed_price_paise)


@strawberry.input(name="ScheduleInput", description="Set-up and tear-down default to the start and end.")
class ScheduleInput:
    starts_at: datetime
    ends_at: datetime
    setup_starts_at: datetime | None = None
    teardown_ends_at: datetime | None = None

    def draft(self) -> cmd.ScheduleDraft:
        return cmd.ScheduleDraft(self.starts_at, self.ends_at, self.setup_starts_at, self.teardown_ends_at)


@strawberry.input(name="CreateBookingInput")
class CreateBookingInput:
    event_name: str
    kind: EventKind
    schedule: ScheduleInput
    venue: VenueInput
    client: ClientInput
    guest_count: int | None = None
    details: str | None = None
    line_items: list[LineItemInput] = strawberry.field(default_factory=list)
    agreed_total_paise: Paise = Paise(0)
    advance_paise: Paise = Paise(0)
    notes: str | None = None
    hold_until: datetime | None = strawberry.field(
        default=None, description="Create it as a tentative hold until then, instead of an enquiry."
    )
    source_enquiry_id: strawberry.ID | None = strawberry.field(
        default=None, description="The discovery enquiry it came from."
    )

    def command(self, caller: Caller) -> cmd.CreateBooking:
        return cmd.CreateBooking(
            caller=caller,
            event_name=self.event_name,
            kind=self.kind,
            schedule=self.schedule.draft(),
            venue=self.venue.draft(),
            client=self.client.draft(),
            line_items=[line.draft() for line in self.line_items],
            agreed_total_paise=self.agreed_total_paise,
            advance_paise=self.advance_paise,
            guest_count=self.guest_count,
            details=self.details,
            notes=self.notes,
            hold_until=self.hold_until,
            source_enquiry_id=str(self.source_enquiry_id) if self.source_enquiry_id is not None else None,
        )


@strawberry.input(
    name="UpdateBookingInput",
    description="Only the fields given change; lineItems, when given, replaces the whole list. Dates change "
    "through rescheduleBooking.",
)
class UpdateBookingInput:
    expected_version: int | None = strawberry.field(
        default=None, description="Refuse (STALE_VERSION) if the booking changed since this version."
    )
    event_name: str | None = strawberry.UNSET
    kind: EventKind | None = strawberry.UNSET
    venue: VenueInput | None = strawberry.UNSET
    client: ClientInput | None = strawberry.UNSET
    guest_count: int | None = strawberry.UNSET
    details: str | None = strawberry.UNSET
    line_items: list[LineItemInput] | None = strawberry.UNSET
    agreed_total_paise: Paise | None = strawberry.UNSET
    advance_paise: Paise | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET

    def command(self, caller: Caller, booking_id: str) -> cmd.UpdateBooking:
        # A null for a field that cannot be empty (a name, the client) leaves it as it is.
        return cmd.UpdateBooking(
            caller=caller,
            booking_id=booking_id,
            expected_version=self.expected_version,
            event_name=_given(self.event_name),
            kind=_given(self.kind),
            venue=v.draft() if isinstance(v := _given(self.venue), VenueInput) else cmd.KEEP,
            client=c.draft() if isinstance(c := _given(self.client), ClientInput) else cmd.KEEP,
            guest_count=_nullable(self.guest_count),
            details=_nullable(self.details),
            line_items=[line.draft() for line in lines]
            if isinstance(lines := _given(self.line_items), list)
            else cmd.KEEP,
            agreed_total_paise=_given(self.agreed_total_paise),
            advance_paise=_given(self.advance_paise),
            notes=_nullable(self.notes),
        )


def _given(value: T | None) -> T | cmd.Keep:
    """A field that cannot be cleared: unset or null keeps it."""
    return cmd.KEEP if value is None or value is strawberry.UNSET else value


def _nullable(value: T | None) -> T | cmd.Keep | None:
    """A field that can be cleared: unset keeps it, null clears it."""
    return cmd.KEEP if value is strawberry.UNSET else value


@strawberry.input(name="BookingFilter")
class BookingFilter:
    statuses: list[BookingStatus] | None = None
    kinds: list[EventKind] | None = None
    first_day: date | None = strawberry.field(
        default=None, description="Bookings running on or after this day."
    )
    last_day: date | None = strawberry.field(
        default=None, description="Bookings running on or before this day."
    )
    search: str | None = strawberry.field(default=None, description="Part of the client's name, or a phone.")
    organizer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Super admins: whose bookings (default: the caller's)."
    )
