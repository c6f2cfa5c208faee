"""Named scenarios: an organizer with stock, and bookings written the way the app sends them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from calendar_service.domain.booking_checks import LineItemDraft
from calendar_service.domain.vocabulary import EventKind, LineItemKind
from calendar_service.service_layer.commands import (
    ClientDraft,
    CreateBooking,
    CreateStockItem,
    ScheduleDraft,
    VenueDraft,
)
from servicekit.auth import Caller, Role

# A muhurtham evening a few months ahead, in India's time.
WEDDING_DAY = (datetime.now(UTC) + timedelta(days=90)).replace(hour=12, minute=30, second=0, microsecond=0)


def organizer() -> Caller:
    return Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.USER, Role.ORGANIZER}))


def chairs(caller: Caller, quantity: int = 500) -> CreateStockItem:
    return CreateStockItem(
        caller=caller, name="Plastic chairs", unit="chair", quantity=quantity, daily_rent_paise=1500
    )


def wedding(
    caller: Caller,
    *lines: tuple[str, int],
    starts_at: datetime = WEDDING_DAY,
    hours: int = 6,
    hold_until: datetime | None = None,
) -> CreateBooking:
    return CreateBooking(
        caller=caller,
        event_name="Sravani weds Karthik",
        kind=EventKind.WEDDING,
        schedule=ScheduleDraft(
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=hours),
            setup_starts_at=starts_at - timedelta(hours=4),
            teardown_ends_at=starts_at + timedelta(hours=hours + 3),
        ),
        venue=VenueDraft("Sri Venkateswara Function Hall, Kothapet", "Hyderabad", "36", "500035"),
        client=ClientDraft("Lakshmi Narayana", ["98480 22338"], "lakshmi@example.in"),
        line_items=[
            LineItemDraft(LineItemKind.STOCK, None, item_id, count, count * 1500) for item_id, count in lines
        ],
        agreed_total_paise=150_000_00,
        advance_paise=50_000_00,
        hold_until=hold_until,
    )


class Clock:
    """A clock the test moves by hand (holds run out without waiting)."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, by: timedelta) -> None:
        self.now += by


def stock_line(item_id: str, quantity: int) -> LineItemDraft:
    return LineItemDraft(LineItemKind.STOCK, None, item_id, quantity, quantity * 1500)
