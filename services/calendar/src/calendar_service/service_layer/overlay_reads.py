"""What the overlay reads of the calendar's bookings and stock: a port, so the month view, the feed,
the CSV and the WhatsApp share are written once against it, whatever the tables look like.

`adapters/calendar_reads.py` implements it over the bookings and stock tables. Exports and sharing
show a booking as a `BookingSummary` (`summary_of`); the views show the booking itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from calendar_service.domain.booking import Booking
from calendar_service.domain.peak import ItemDay
from calendar_service.panchangam_places import CalendarPlace


@dataclass(frozen=True)
class LineSummary:
    description: str
    quantity: int
    agreed_price_paise: int


@dataclass(frozen=True)
class BookingSummary:
    """A booking as exports and sharing show it."""

    id: str
    organizer_id: str
    event_name: str
    kind: str
    status: str
    starts_at: datetime
    ends_at: datetime
    setup_starts_at: datetime
    teardown_ends_at: datetime
    venue_address: str
    venue_district: str
    venue_state_code: str
    venue_pin_code: str
    client_name: str
    client_phones: tuple[str, ...]
    agreed_total_paise: int
    advance_paise: int
    line_items: tuple[LineSummary, ...]
    notes: str | None
    updated_at: datetime

    @property
    def balance_paise(self) -> int:
        return self.agreed_total_paise - self.advance_paise


@dataclass(frozen=True)
class BookingWindow:
    """Which bookings: an organizer's, running on some day of first_day..last_day (either open)."""

    organizer_id: str
    first_day: date | None = None
    last_day: date | None = None
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    search: str | None = None


def summary_of(booking: Booking, now: datetime) -> BookingSummary:
    """The booking as exports show it, its status as it reads at `now` (a hold may have run out)."""
    venue = booking.venue
    return BookingSummary(
        id=str(booking.id),
        organizer_id=str(booking.organizer_id),
        event_name=booking.event_name,
        kind=booking.kind.value,
        status=booking.status_at(now).value,
        starts_at=booking.schedule.starts_at,
        ends_at=booking.schedule.ends_at,
        setup_starts_at=booking.schedule.setup_starts_at,
        teardown_ends_at=booking.schedule.teardown_ends_at,
        venue_address=venue.address,
        venue_district=venue.district,
        venue_state_code=venue.state_code,
        venue_pin_code=venue.pin_code,
        client_name=booking.client.name,
        client_phones=booking.client.phones,
        agreed_total_paise=booking.agreed_total_paise,
        advance_paise=booking.advance_paise,
        line_items=tuple(
            LineSummary(line.description, line.quantity, line.agreed_price_paise)
            for line in booking.line_items
        ),
        notes=booking.notes,
        updated_at=booking.updated_at,
    )


class CalendarReads(Protocol):
    """Reads inside one session; holds count while live at the moment the reads were made for."""

    async def place_of(self, organizer_id: str) -> CalendarPlace:
        """The organizer's default location (profile copy), Hyderabad when unset."""

    async def bookings(self, window: BookingWindow, *, limit: int) -> list[Booking]:
        """The bookings in the window by start, at most `limit`; statuses as they read now."""

    async def booking(self, booking_id: str) -> Booking | None:
        """The booking, or None for an unknown or malformed id (whoever owns it)."""

    async def item_days(self, organizer_id: str, first: date, last: date) -> list[ItemDay]:
        """Each plain stock item's peak use on each day of first..last that a live booking uses it
        (composites count as their parts); an item nobody uses that day is not listed."""
