"""Domain errors of the calendar service. Codes are part of the API contract (CalendarErrorCode)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from servicekit.errors import DomainError

if TYPE_CHECKING:
    from calendar_service.domain.stock import Shortage


class CalendarErrorCode(StrEnum):
    # Who may do it.
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    # Dates and times of a booking.
    END_BEFORE_START = "END_BEFORE_START"
    SETUP_AFTER_START = "SETUP_AFTER_START"
    TEARDOWN_BEFORE_END = "TEARDOWN_BEFORE_END"
    DATE_OUT_OF_RANGE = "DATE_OUT_OF_RANGE"
    INVALID_DATE_RANGE = "INVALID_DATE_RANGE"
    RANGE_TOO_LONG = "RANGE_TOO_LONG"
    INVALID_HOLD_EXPIRY = "INVALID_HOLD_EXPIRY"
    # What a booking or stock item says.
    INVALID_NAME = "INVALID_NAME"
    INVALID_TEXT = "INVALID_TEXT"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_PIN_CODE = "INVALID_PIN_CODE"
    INVALID_STATE = "INVALID_STATE"
    INVALID_DISTRICT = "INVALID_DISTRICT"
    INVALID_MAP_LINK = "INVALID_MAP_LINK"
    INVALID_QUANTITY = "INVALID_QUANTITY"
    INVALID_AMOUNT = "INVALID_AMOUNT"
    INVALID_CAPACITY = "INVALID_CAPACITY"
    INVALID_GUEST_COUNT = "INVALID_GUEST_COUNT"
    INVALID_LINE_ITEM = "INVALID_LINE_ITEM"
    INVALID_PARTS = "INVALID_PARTS"
    UNKNOWN_STOCK_ITEM = "UNKNOWN_STOCK_ITEM"
    DUPLICATE_STOCK_ITEM = "DUPLICATE_STOCK_ITEM"
    # The booking pipeline.
    INVALID_TRANSITION = "INVALID_TRANSITION"
    BOOKING_CLOSED = "BOOKING_CLOSED"
    STALE_VERSION = "STALE_VERSION"
    HOLD_EXPIRED = "HOLD_EXPIRED"
    STOCK_SHORTAGE = "STOCK_SHORTAGE"
    CAPACITY_EXCEEDED = "CAPACITY_EXCEEDED"
    STOCK_IN_USE = "STOCK_IN_USE"
    # Dispatch and return.
    NOT_DISPATCHED = "NOT_DISPATCHED"
    RETURN_EXCEEDS_DISPATCH = "RETURN_EXCEEDS_DISPATCH"
    NOT_ENOUGH_OUT_OF_SERVICE = "NOT_ENOUGH_OUT_OF_SERVICE"
    # Panchangam overlay, muhurtham search and exports.
    UNKNOWN_PLACE = "UNKNOWN_PLACE"
    UNKNOWN_NAKSHATRA = "UNKNOWN_NAKSHATRA"
    UNKNOWN_MUHURTHAM_KIND = "UNKNOWN_MUHURTHAM_KIND"
    FEED_NOT_FOUND = "FEED_NOT_FOUND"
    # Paging, capacity of the service, and what is not built yet.
    INVALID_CURSOR = "INVALID_CURSOR"
    INVALID_PAGE_SIZE = "INVALID_PAGE_SIZE"
    TOO_BUSY = "TOO_BUSY"
    NOT_IMPLEMENTED = "NOT_IMPLEMENTED"


class CalendarError(DomainError):
    """An expected failure: a stable code, the input field it concerns, a readable message."""

    def __init__(self, code: CalendarErrorCode, message: str, field: str | None = None) -> None:
        super().__init__(message, field=field, code=code)

    def __repr__(self) -> str:
        return f"CalendarError({self.code}, field={self.field!r})"


def not_implemented(what: str) -> CalendarError:
    return CalendarError(CalendarErrorCode.NOT_IMPLEMENTED, f"{what} is not built yet.")


def not_found(what: str = "booking", field: str | None = None) -> CalendarError:
    # One answer for "does not exist" and "belongs to someone else": ids do not reveal bookings.
    return CalendarError(CalendarErrorCode.NOT_FOUND, f"No such {what}.", field)


class StockShortage(CalendarError):
    """Confirming would exceed stock (or the day's capacity) at some overlapping moment."""

    def __init__(
        self, shortages: list[Shortage], code: CalendarErrorCode = CalendarErrorCode.STOCK_SHORTAGE
    ) -> None:
        names = ", ".join(f"{s.item_name} short by {s.short_by}" for s in shortages)
        super().__init__(code, f"Not enough free: {names}.")
        self.shortages = shortages
