"""Who may do what: the one place the calendar service decides access (tested as a matrix).

A booking, its stock and its capacity are its organizer's: only they (holding the organizer role)
and super admins see or change them; so are the calendar views, the feed and the exports. The
muhurtham search is open to every signed-in person.
"""

from __future__ import annotations

import uuid
from enum import StrEnum

from servicekit.auth import Caller, Role
from servicekit.auth.policy import require_authenticated
from servicekit.errors import Forbidden, NotFound


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
    READ_CALENDAR = "read_calendar"
    MANAGE_FEED = "manage_feed"
    EXPORT_BOOKINGS = "export_bookings"


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


def calendar_owner(caller: Caller, operation: Operation, organizer_id: str | None = None) -> str:
    """Whose calendar the caller works on: `organizer_id`'s (a super admin's choice) or their own, as
    a canonical id; NOT_AUTHENTICATED, FORBIDDEN, or NOT_FOUND for an id that is no id at all."""
    owner = organizer_id if organizer_id is not None else require_authenticated(caller)
    authorize(caller, operation, owner_id=owner)
    try:
        return str(uuid.UUID(owner))
    except ValueError:
        raise NotFound("No such organizer.", field="organizerId") from None
