"""Events the calendar service publishes: about bookings on topic `calendar.booking.v1` (key: the
booking id), about an organizer's daily load on `calendar.availability.v1` (key: the organizer id).

Version 1 payloads, made to serve billing, gallery and discovery as they are: every booking event
carries the whole booking as it stands after the change (organizer, client, dates, venue, line items,
damage charges, totals), so a consumer never needs a second version or a call back. A breaking change
needs a v2 model and topic; adding an optional field is not breaking. Availability events carry no
client details: discovery shows them in a public directory.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

BOOKING_CREATED = "calendar.booking.created"
BOOKING_TENTATIVE = "calendar.booking.tentative"
BOOKING_CONFIRMED = "calendar.booking.confirmed"
BOOKING_RESCHEDULED = "calendar.booking.rescheduled"
BOOKING_ITEMS_CHANGED = "calendar.booking.items_changed"
BOOKING_HOLD_EXPIRED = "calendar.booking.hold_expired"
BOOKING_CANCELLED = "calendar.booking.cancelled"
BOOKING_COMPLETED = "calendar.booking.completed"
BOOKING_DISPATCHED = "calendar.booking.dispatched"
AVAILABILITY_CHANGED = "calendar.availability.changed"

BookingStatusName = Literal["enquiry", "tentative", "hold_expired", "confirmed", "completed", "cancelled"]
EventKindName = Literal[
    "wedding",
    "engagement",
    "gruhapravesam",
    "upanayanam",
    "naming_ceremony",
    "half_saree",
    "birthday",
    "corporate",
    "festival",
    "other",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ScheduleV1(_Frozen):
    starts_at: datetime
    ends_at: datetime
    setup_starts_at: datetime
    teardown_ends_at: datetime


class VenueV1(_Frozen):
    address: str
    district: str
    state_code: str = Field(pattern=r"^[0-9]{2}$")
    pin_code: str = Field(pattern=r"^[1-9][0-9]{5}$")
    map_link: str | None


class ClientV1(_Frozen):
    name: str
    phones: list[str] = Field(min_length=1)
    email: str | None


class LineItemV1(_Frozen):
    line_id: UUID
    kind: Literal["service", "stock"]
    description: str
    stock_item_id: UUID | None
    quantity: int = Field(gt=0)
    agreed_price_paise: int = Field(ge=0)


class DamageChargeV1(_Frozen):
    stock_item_id: UUID
    item_name: str
    damaged: int = Field(ge=0)
    lost: int = Field(ge=0)
    charge_paise: int = Field(ge=0)
    note: str | None


class _BookingEvent(_Frozen):
    booking_id: UUID
    organizer_id: UUID
    occurred_at: datetime
    actor_id: UUID | None
    status: BookingStatusName
    event_name: str
    kind: EventKindName
    schedule: ScheduleV1
    hold_expires_at: datetime | None
    venue: VenueV1
    client: ClientV1
    guest_count: int | None
    line_items: list[LineItemV1]
    agreed_total_paise: int = Field(ge=0)
    advance_paise: int = Field(ge=0)
    damage_charges: list[DamageChargeV1]
    damage_charges_paise: int = Field(ge=0)
    source_enquiry_id: UUID | None


class BookingCreatedV1(_BookingEvent):
    """An organizer recorded a booking (an enquiry, or a hold when made with one)."""


class BookingTentativeV1(_BookingEvent):
    """The booking holds its stock until `hold_expires_at`."""


class BookingConfirmedV1(_BookingEvent):
    """The booking is confirmed: its stock was free for its whole window."""


class BookingRescheduledV1(_BookingEvent):
    """The booking moved: `schedule` is the new one, `previous_schedule` the old."""

    previous_schedule: ScheduleV1
    reason: str | None


class BookingItemsChangedV1(_BookingEvent):
    """The line items (and so the agreed prices or the stock reserved) changed."""


class BookingHoldExpiredV1(_BookingEvent):
    """The hold ran out and its stock was released (`actor_id` is null: nobody acted)."""


class BookingCancelledV1(_BookingEvent):
    reason: str


class BookingCompletedV1(_BookingEvent):
    """The event is done; `damage_charges` are what billing charges the client for."""


class DispatchedItemV1(_Frozen):
    """One plain stock item loaded: its name and unit as the organizer keeps them, and its daily rent
    (the value billing falls back on for a delivery challan when it knows no other)."""

    stock_item_id: UUID
    name: str
    unit: str
    quantity: int = Field(gt=0)
    daily_rent_paise: int | None = Field(ge=0)


class DispatchSheetV1(_Frozen):
    dispatched_at: datetime
    loaded_by: str
    vehicle: str | None
    lines: list[DispatchedItemV1] = Field(min_length=1)


class BookingDispatchedV1(_BookingEvent):
    """The goods on `dispatch` left the godown for the booking (recorded again, the sheet replaces
    the last one until the return is checked). Billing makes the delivery challan (CGST Rule 55) from
    it."""

    dispatch: DispatchSheetV1


class ItemLoadV1(_Frozen):
    stock_item_id: UUID
    name: str
    unit: str
    usable: int
    confirmed: int
    held: int
    free: int


class CapacityLoadV1(_Frozen):
    unit: Literal["events", "guests"]
    per_day: int
    confirmed: int
    held: int
    free: int


class AvailabilityChangedV1(_Frozen):
    """An organizer's load on one local day after a change: per item (peak units at once) or the
    capacity per day. Never client details."""

    organizer_id: UUID
    occurred_at: datetime
    day: date
    # Every item that confirmed bookings or live holds use that day, whichever change announced it, so
    # each event of a day describes the whole day (decision 0048). Events published before named the
    # items of the booking changed (a stock change's already named every item in use): a consumer
    # counts an item only when its confirmed or held load says it is in use.
    items: list[ItemLoadV1]
    capacity: CapacityLoadV1 | None
