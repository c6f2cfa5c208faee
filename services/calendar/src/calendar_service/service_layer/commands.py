"""What the edges ask the use cases to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from servicekit.auth import Caller

from calendar_service.domain.booking_checks import LineItemDraft
from calendar_service.domain.vocabulary import EventKind, Nakshatra


@dataclass(frozen=True)
class ScheduleDraft:
    starts_at: datetime
    ends_at: datetime
    setup_starts_at: datetime | None = None
    teardown_ends_at: datetime | None = None


@dataclass(frozen=True)
class VenueDraft:
    address: str
    district: str
    state_code: str
    pin_code: str
    map_link: str | None = None


@dataclass(frozen=True)
class ClientDraft:
    name: str
    phones: list[str]
    email: str | None = None
    birth_nakshatra: Nakshatra | None = None


@dataclass(frozen=True)
class CreateBooking:
    caller: Caller
    event_name: str
    kind: EventKind
    schedule: ScheduleDraft
    venue: VenueDraft
    client: ClientDraft
    line_items: list[LineItemDraft] = field(default_factory=list)
    agreed_total_paise: int = 0
    advance_paise: int = 0
    guest_count: int | None = None
    details: str | None = None
    notes: str | None = None
    hold_until: datetime | None = None
    source_enquiry_id: str | None = None


@dataclass(frozen=True)
class BookingAction:
    """An action on one booking: hold (with `until`), confirm, cancel (with `reason`), complete."""

    caller: Caller
    booking_id: str
    until: datetime | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Reschedule:
    caller: Caller
    booking_id: str
    schedule: ScheduleDraft
    reason: str | None = None


@dataclass(frozen=True)
class CreateStockItem:
    caller: Caller
    name: str
    unit: str
    quantity: int = 0
    daily_rent_paise: int | None = None
    parts: list[tuple[str, int]] = field(default_factory=list)
    notes: str | None = None


class Keep:
    """An UpdateBooking field left as it is (the graph's UNSET)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()


@dataclass(frozen=True)
class UpdateBooking:
    """Only the fields given change; `line_items`, when given, replaces the whole list."""

    caller: Caller
    booking_id: str
    expected_version: int | None = None
    event_name: str | Keep = KEEP
    kind: EventKind | Keep = KEEP
    venue: VenueDraft | Keep = KEEP
    client: ClientDraft | Keep = KEEP
    guest_count: int | Keep | None = KEEP
    details: str | Keep | None = KEEP
    line_items: list[LineItemDraft] | Keep = KEEP
    agreed_total_paise: int | Keep = KEEP
    advance_paise: int | Keep = KEEP
    notes: str | Keep | None = KEEP


@dataclass(frozen=True)
class RecordDispatch:
    caller: Caller
    booking_id: str
    loaded_by: str
    vehicle: str | None = None
    notes: str | None = None
    # (stock item id, quantity); None: what the booking reserves.
    lines: list[tuple[str, int]] | None = None


@dataclass(frozen=True)
class ReturnLineDraft:
    stock_item_id: str
    returned: int
    damaged: int = 0
    lost: int = 0
    charge_paise: int = 0
    note: str | None = None


@dataclass(frozen=True)
class RecordReturn:
    caller: Caller
    booking_id: str
    checked_by: str
    lines: list[ReturnLineDraft]


@dataclass(frozen=True)
class UpdateStockItem:
    """Only the fields given change (KEEP leaves one as it is)."""

    caller: Caller
    item_id: str
    name: str | Keep = KEEP
    unit: str | Keep = KEEP
    quantity: int | Keep = KEEP
    daily_rent_paise: int | Keep | None = KEEP
    notes: str | Keep | None = KEEP
