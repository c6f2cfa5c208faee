"""The events discovery consumes, and who handles each."""

from __future__ import annotations

from contracts import calendar as c
from contracts import users as u
from servicekit.consumers.registry import HandlerRegistry

from discovery_service.consumers.availability import keep_day_load
from discovery_service.consumers.bookings import BOOKING_EVENTS, follow_booking
from discovery_service.consumers.users_events import erase_person, hide_deactivated


def discovery_consumers() -> HandlerRegistry:
    registry = HandlerRegistry()
    registry.register(c.AVAILABILITY_CHANGED, 1, keep_day_load)
    for event_type in BOOKING_EVENTS:
        registry.register(event_type, 1, follow_booking)
    registry.register(u.USER_DEACTIVATED, 1, hide_deactivated)
    registry.register(u.USER_ERASED, 1, erase_person)
    return registry
