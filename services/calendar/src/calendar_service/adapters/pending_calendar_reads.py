"""The overlay's reads before the bookings and stock tables exist: the default place, no bookings, no
stock. Replaced by `calendar_reads.CalendarTablesReads` when the calendar backend is merged."""

from __future__ import annotations

from datetime import date

from calendar_service.domain.peak import ItemDay
from calendar_service.panchangam_places import CalendarPlace, default_place
from calendar_service.service_layer.overlay_reads import BookingSummary, BookingWindow


class PendingCalendarReads:
    async def place_of(self, organizer_id: str) -> CalendarPlace:
        return default_place()

    async def bookings(self, window: BookingWindow, *, limit: int) -> list[BookingSummary]:
        return []

    async def booking(self, booking_id: str) -> BookingSummary | None:
        return None

    async def item_days(self, organizer_id: str, first: date, last: date) -> list[ItemDay]:
        return []
