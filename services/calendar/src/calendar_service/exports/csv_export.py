"""Bookings as CSV for a spreadsheet: one row per booking, amounts in rupees with paise, local times.

Cells that a spreadsheet would run as a formula are made text (servicekit.safe_csv): the client's
name is typed by the organizer's staff, not trusted.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from servicekit.safe_csv import safe_csv

from calendar_service.panchangam_places import LOCAL
from calendar_service.service_layer.overlay_reads import BookingSummary

HEADER = (
    "booking_id",
    "event_name",
    "kind",
    "status",
    "starts_at",
    "ends_at",
    "setup_starts_at",
    "teardown_ends_at",
    "venue",
    "district",
    "state_code",
    "pin_code",
    "client_name",
    "client_phones",
    "items",
    "agreed_total_inr",
    "advance_inr",
    "balance_inr",
    "notes",
)


def bookings_csv(bookings: Iterable[BookingSummary]) -> str:
    """UTF-8 text with a header row (Telugu names stay as they are)."""
    return safe_csv(HEADER, (_row(booking) for booking in bookings))


def _row(booking: BookingSummary) -> list[str]:
    return [
        booking.id,
        booking.event_name,
        booking.kind,
        booking.status,
        _local(booking.starts_at),
        _local(booking.ends_at),
        _local(booking.setup_starts_at),
        _local(booking.teardown_ends_at),
        booking.venue_address,
        booking.venue_district,
        booking.venue_state_code,
        booking.venue_pin_code,
        booking.client_name,
        " ".join(booking.client_phones),
        "; ".join(f"{line.quantity} x {line.description}" for line in booking.line_items),
        rupees(booking.agreed_total_paise),
        rupees(booking.advance_paise),
        rupees(booking.balance_paise),
        booking.notes or "",
    ]


def rupees(paise: int) -> str:
    sign = "-" if paise < 0 else ""
    return f"{sign}{abs(paise) // 100}.{abs(paise) % 100:02d}"


def _local(moment: datetime) -> str:
    return moment.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M")
