"""What the overlay reads of the calendar's bookings and stock: a port, so the month view, the feed,
the CSV and the WhatsApp share are written once against it, whatever the booking tables look like.

`adapters/calendar_reads.py` implements it over the bookings and stock tables; until those land it
answers the organizer's default place and no bookings (`PendingCalendarReads`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

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


class CalendarReads(Protocol):
    async def place_of(self, organizer_id: str) -> CalendarPlace:
        """The organizer's default location (profile copy), Hyderabad when unset."""

    async def bookings(self, window: BookingWindow, *, limit: int) -> list[BookingSummary]:
        """The bookings in the window by start, at most `limit`."""

    async def booking(self, booking_id: str) -> BookingSummary | None: ...

    async def item_days(self, organizer_id: str, first: date, last: date) -> list[ItemDay]:
        """Each stock item's use on each day of first..last (plain items, composites exploded)."""
