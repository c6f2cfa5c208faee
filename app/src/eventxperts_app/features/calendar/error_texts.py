"""The texts of the calendar service's error codes (CalendarErrorCode) and of the app's own checks on
what is typed in the calendar's forms. Codes the users service shares (INVALID_PHONE, INVALID_PIN_CODE,
FORBIDDEN, ...) keep the shared texts of ui/error_texts.py."""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.features.calendar.variables import INVALID_DATE_TEXT
from eventxperts_app.i18n import N_

CALENDAR_ERROR_TEXTS = MappingProxyType(
    {
        INVALID_DATE_TEXT: N_("Enter the date as YYYY-MM-DD and the time as HH:MM"),
        "END_BEFORE_START": N_("The end must come after the start"),
        "SETUP_AFTER_START": N_("Set-up must begin before the event starts"),
        "TEARDOWN_BEFORE_END": N_("Tear-down must end after the event ends"),
        "DATE_OUT_OF_RANGE": N_("Choose a date within the next five years"),
        "INVALID_DATE_RANGE": N_("The last day must not come before the first"),
        "RANGE_TOO_LONG": N_("Choose a shorter range of days"),
        "INVALID_HOLD_EXPIRY": N_("A hold must end in the future"),
        "INVALID_TEXT": N_("This text is too long or has characters that are not allowed"),
        "INVALID_DISTRICT": N_("Enter a district of the chosen state"),
        "INVALID_MAP_LINK": N_("Enter a full map link starting with https://"),
        "INVALID_QUANTITY": N_("Enter a whole number above zero"),
        "INVALID_AMOUNT": N_("Enter an amount in rupees, e.g. 25000 or 25000.50"),
        "INVALID_CAPACITY": N_("Enter a capacity above zero"),
        "INVALID_GUEST_COUNT": N_("Enter the number of guests"),
        "INVALID_LINE_ITEM": N_("Each line needs a stock item or a description"),
        "INVALID_PARTS": N_("A composite item's parts must be other, plain items"),
        "UNKNOWN_STOCK_ITEM": N_("This stock item is not yours or no longer exists"),
        "DUPLICATE_STOCK_ITEM": N_("You already have a stock item with this name"),
        "INVALID_TRANSITION": N_("This booking cannot move to that status from where it is"),
        "BOOKING_CLOSED": N_("A completed or cancelled booking cannot be changed"),
        "STALE_VERSION": N_("Someone changed this booking meanwhile. Open it again to see the changes."),
        "HOLD_EXPIRED": N_("The hold has expired. Hold the booking again before confirming."),
        "STOCK_SHORTAGE": N_("Not enough stock for these dates"),
        "CAPACITY_EXCEEDED": N_("Your capacity for that day is full"),
        "STOCK_IN_USE": N_("Bookings use this stock: it cannot be lowered or removed"),
        "NOT_DISPATCHED": N_("Nothing has been dispatched for this booking yet"),
        "RETURN_EXCEEDS_DISPATCH": N_("More came back than was dispatched"),
        "NOT_ENOUGH_OUT_OF_SERVICE": N_("Fewer units are out of service than that"),
        "UNKNOWN_PLACE": N_("Enter a town of Andhra Pradesh or Telangana"),
        "UNKNOWN_NAKSHATRA": N_("Choose a nakshatra from the list"),
        "UNKNOWN_MUHURTHAM_KIND": N_("Choose the kind of muhurtham"),
        "FEED_NOT_FOUND": N_("There is no calendar feed to revoke"),
        "INVALID_CURSOR": N_("The list changed meanwhile. Start again from the first page."),
        "INVALID_PAGE_SIZE": N_("Ask for between 1 and 100 at a time"),
        "NOT_IMPLEMENTED": N_("This is not available yet"),
    }
)
