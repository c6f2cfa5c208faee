"""Who may do what: the one place the calendar service decides access (tested as a matrix).

A booking, its stock and its capacity are its organizer's: only they (holding the organizer role)
and super admins see or change them. The muhurtham search is open to every signed-in person.
"""

from __future__ import annotations

from enum import StrEnum

from servicekit.auth import Caller, Role
from servicekit.auth.policy import require_authenticated
from servicekit.errors import Forbidden


class Operation(StrEnum):
    CREATE_BOOKING = "create_booking"
    READ_BOOKING = "read_booking"
    LIST_BOOKINGS = "list_bookings"
    UPDATE_BOOKING = "update_booking"
    HOLD_BOOKING = "hold_booking"
    CONFIRM_BOOKING = "confirm_booking"
    RESCHEDULE_BOOKING = "reschedule_booking"
    CANCEL_BOOKING = "cancel_booking"
    COMPLETE_BOOKING = "complete_booking"
    RECORD_DISPATCH = "record_dispatch"
    RECORD_RETURN = "record_return"
    READ_STOCK = "read_stock"
    MANAGE_STOCK = "manage_stock"
    READ_AVAILABILITY = "read_availability"
    MANAGE_CAPACITY = "manage_capacity"
    SEARCH_MUHURTHAM = "search_muhurtham"


_OPEN_TO_EVERYONE_SIGNED_IN = frozenset({Operation.SEARCH_MUHURTHAM})


def authorize(caller: Caller, operation: Operation, *, owner_id: str) -> str:
    """The caller's id when they may do `operation` on what `owner_id` (an organizer) owns; raise
    NotAuthenticated or Forbidden otherwise. For creating, `owner_id` is whom it is created for."""
    caller_id = require_authenticated(caller)
    if operation in _OPEN_TO_EVERYONE_SIGNED_IN:
        return caller_id
    if caller.has(Role.SUPER_ADMIN):
        return caller_id
    if caller.has(Role.ORGANIZER) and caller.is_self(owner_id):
        return caller_id
    raise Forbidden("You do not have permission to do this.")
