"""Where the calendar's screens are."""

from eventxperts_app.ui.routes import location

CALENDAR = "/calendar"
STOCK = "/stock"
BOOKING_ARGUMENT = "booking"  # /calendar?booking=<id> opens that booking


def booking_location(booking_id: str) -> str:
    """Where another section links to one booking."""
    return location(CALENDAR, {BOOKING_ARGUMENT: booking_id})
