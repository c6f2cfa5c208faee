"""The organizer's bookings as an iCalendar feed (RFC 5545) that phones and Google Calendar subscribe to.

Times are written in Asia/Kolkata with its VTIMEZONE; each booking keeps its UID across fetches so a
subscriber updates events instead of duplicating them; cancelled bookings are sent as CANCELLED.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from icalendar import Calendar, Event, Timezone

from calendar_service.panchangam_places import LOCAL
from calendar_service.service_layer.overlay_reads import BookingSummary

PRODUCT_ID = "-//EventXperts//Calendar//EN"
UID_DOMAIN = "calendar.eventxperts.app"
STATUSES = {"confirmed": "CONFIRMED", "completed": "CONFIRMED", "cancelled": "CANCELLED"}


def feed_calendar(name: str, bookings: Iterable[BookingSummary], now: datetime) -> bytes:
    """The feed's bytes: one VEVENT per booking, times in Asia/Kolkata."""
    feed = Calendar()
    feed.add("prodid", PRODUCT_ID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", name)
    feed.add("x-wr-timezone", str(LOCAL))
    feed.add_component(Timezone.from_tzid(str(LOCAL)))
    for booking in bookings:
        feed.add_component(_event(booking, now))
    ical: bytes = feed.to_ical()
    return ical


def _event(booking: BookingSummary, now: datetime) -> Event:
    event = Event()
    event.add("uid", f"{booking.id}@{UID_DOMAIN}")
    event.add("dtstamp", now)
    event.add("last-modified", booking.updated_at)
    event.add("dtstart", booking.starts_at.astimezone(LOCAL))
    event.add("dtend", booking.ends_at.astimezone(LOCAL))
    event.add("summary", f"{booking.event_name} ({booking.client_name})")
    event.add("location", _location(booking))
    event.add("description", _description(booking))
    # Tentative holds and enquiries show as tentative: the date is not settled yet.
    event.add("status", STATUSES.get(booking.status, "TENTATIVE"))
    event.add("categories", [booking.kind])
    return event


def _location(booking: BookingSummary) -> str:
    return f"{booking.venue_address}, {booking.venue_district} {booking.venue_pin_code}"


def _description(booking: BookingSummary) -> str:
    setup = booking.setup_starts_at.astimezone(LOCAL).strftime("%d %b %H:%M")
    teardown = booking.teardown_ends_at.astimezone(LOCAL).strftime("%d %b %H:%M")
    lines = [
        f"Status: {booking.status}",
        f"Client: {booking.client_name} {', '.join(booking.client_phones)}",
        f"Set-up from {setup}, tear-down by {teardown}",
        *(f"{line.quantity} x {line.description}" for line in booking.line_items),
    ]
    if booking.notes:
        lines.append(booking.notes)
    return "\n".join(lines)
