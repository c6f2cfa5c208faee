"""A booking and its pipeline: enquiry -> tentative (a hold until an expiry) -> confirmed -> completed,
or cancelled from any open state. Plain Python; the service layer loads, changes and stores it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from calendar_service.domain.dispatch import DamageCharge
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.vocabulary import BookingStatus, EventKind, LineItemKind, Nakshatra

OPEN = frozenset(
    {BookingStatus.ENQUIRY, BookingStatus.TENTATIVE, BookingStatus.HOLD_EXPIRED, BookingStatus.CONFIRMED}
)


@dataclass(frozen=True)
class Schedule:
    """The event runs starts_at..ends_at; its stock is out setup_starts_at..teardown_ends_at."""

    starts_at: datetime
    ends_at: datetime
    setup_starts_at: datetime
    teardown_ends_at: datetime


@dataclass(frozen=True)
class ScheduleChange:
    """One reschedule: what the schedule was, what it became, who moved it and why."""

    changed_at: datetime
    changed_by: str | None
    before: Schedule
    after: Schedule
    reason: str | None


@dataclass(frozen=True)
class Venue:
    address: str
    district: str
    state_code: str
    pin_code: str
    map_link: str | None = None


@dataclass(frozen=True)
class Client:
    name: str
    phones: tuple[str, ...]
    email: str | None = None
    birth_nakshatra: Nakshatra | None = None


@dataclass(frozen=True)
class LineItem:
    id: uuid.UUID
    kind: LineItemKind
    description: str
    stock_item_id: uuid.UUID | None
    quantity: int
    agreed_price_paise: int


@dataclass
class Booking:
    id: uuid.UUID
    organizer_id: uuid.UUID
    event_name: str
    kind: EventKind
    status: BookingStatus
    schedule: Schedule
    venue: Venue
    client: Client
    line_items: list[LineItem]
    agreed_total_paise: int
    advance_paise: int
    created_at: datetime
    updated_at: datetime
    guest_count: int | None = None
    details: str | None = None
    notes: str | None = None
    hold_expires_at: datetime | None = None
    cancellation_reason: str | None = None
    source_enquiry_id: uuid.UUID | None = None
    damage_charges_paise: int = 0
    damage_charges: tuple[DamageCharge, ...] = ()
    version: int = 1
    stock_names: dict[uuid.UUID, str] = field(default_factory=dict)

    def status_at(self, now: datetime) -> BookingStatus:
        """A hold that ran out reads as HOLD_EXPIRED even before the sweeper has recorded it."""
        if (
            self.status is BookingStatus.TENTATIVE
            and self.hold_expires_at is not None
            and self.hold_expires_at <= now
        ):
            return BookingStatus.HOLD_EXPIRED
        return self.status

    def stock_lines(self) -> list[LineItem]:
        return [line for line in self.line_items if line.stock_item_id is not None]

    # The pipeline. Each returns nothing and changes the booking, or raises with a stable code.

    def ensure_editable(self, now: datetime) -> None:
        if self.status_at(now) not in OPEN:
            raise CalendarError(
                CalendarErrorCode.BOOKING_CLOSED,
                f"This booking is {self.status.value}: it can no longer change.",
            )

    def hold(self, until: datetime, now: datetime) -> None:
        self.ensure_editable(now)
        if self.status is BookingStatus.CONFIRMED:
            raise _transition(self.status, BookingStatus.TENTATIVE)
        if until <= now:
            raise CalendarError(
                CalendarErrorCode.INVALID_HOLD_EXPIRY, "A hold must end in the future.", "holdUntil"
            )
        self.status = BookingStatus.TENTATIVE
        self.hold_expires_at = until

    def confirm(self, now: datetime) -> None:
        status = self.status_at(now)
        if status is BookingStatus.HOLD_EXPIRED:
            raise CalendarError(
                CalendarErrorCode.HOLD_EXPIRED, "The hold expired: hold the booking again before confirming."
            )
        if status not in (BookingStatus.ENQUIRY, BookingStatus.TENTATIVE):
            self.ensure_editable(now)
            raise _transition(status, BookingStatus.CONFIRMED)
        self.status = BookingStatus.CONFIRMED
        self.hold_expires_at = None

    def cancel(self, reason: str, now: datetime) -> None:
        self.ensure_editable(now)
        self.status = BookingStatus.CANCELLED
        self.cancellation_reason = reason
        self.hold_expires_at = None

    def complete(self, now: datetime) -> None:
        self.ensure_editable(now)
        if self.status is not BookingStatus.CONFIRMED:
            raise _transition(self.status_at(now), BookingStatus.COMPLETED)
        self.status = BookingStatus.COMPLETED

    def expire_hold(self) -> None:
        self.status = BookingStatus.HOLD_EXPIRED

    def reschedule(self, schedule: Schedule, now: datetime) -> Schedule:
        self.ensure_editable(now)
        before = self.schedule
        self.schedule = schedule
        return before

    def touch(self, now: datetime) -> None:
        self.updated_at = now
        self.version += 1

    def copy(self) -> Booking:
        return replace(self, line_items=list(self.line_items), stock_names=dict(self.stock_names))


def _transition(current: BookingStatus, wanted: BookingStatus) -> CalendarError:
    return CalendarError(
        CalendarErrorCode.INVALID_TRANSITION, f"A {current.value} booking cannot become {wanted.value}."
    )
