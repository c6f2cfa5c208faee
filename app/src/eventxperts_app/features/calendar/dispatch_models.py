"""What leaves the godown for a confirmed booking and what comes back (calendar SDL: DispatchSheet,
ReturnCheck); damaged and lost units leave the usable stock, and their charges go to the client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.calendar.models import StockItemRef


@dataclass(frozen=True)
class DispatchLine:
    item: StockItemRef
    planned: int
    dispatched: int | None = None  # None until dispatched


@dataclass(frozen=True)
class DispatchSheet:
    lines: tuple[DispatchLine, ...]
    dispatched_at: datetime | None = None
    loaded_by: str | None = None
    vehicle: str | None = None


@dataclass(frozen=True)
class ReturnLine:
    item: StockItemRef
    dispatched: int
    returned: int
    damaged: int
    lost: int
    charge_paise: int
    note: str | None = None


@dataclass(frozen=True)
class ReturnCheck:
    checked_at: datetime
    checked_by: str
    lines: tuple[ReturnLine, ...]
    damage_charges_paise: int


@dataclass(frozen=True)
class GodownRecord:
    """A booking's dispatch sheet and, once checked, its return."""

    booking_id: str
    sheet: DispatchSheet
    returned: ReturnCheck | None = None


@dataclass(frozen=True)
class GodownResult:
    errors: tuple[ApiError, ...] = ()
