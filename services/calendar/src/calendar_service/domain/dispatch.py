"""The dispatch sheet (what leaves the godown for a booking, loaded by whom) and the return check
(what came back). Damaged and lost units leave the usable stock until repaired or written off, and
may be charged to the client: the charges travel in the booking's later events (completed)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class DispatchLine:
    item_id: uuid.UUID
    quantity: int


@dataclass(frozen=True)
class Dispatch:
    booking_id: uuid.UUID
    dispatched_at: datetime
    recorded_by: str | None
    loaded_by: str
    vehicle: str | None
    notes: str | None
    lines: tuple[DispatchLine, ...]


@dataclass(frozen=True)
class ReturnLine:
    item_id: uuid.UUID
    dispatched: int
    returned: int
    damaged: int
    lost: int
    charge_paise: int
    note: str | None

    @property
    def out_of_service(self) -> int:
        return self.damaged + self.lost


@dataclass(frozen=True)
class ReturnCheck:
    booking_id: uuid.UUID
    checked_at: datetime
    recorded_by: str | None
    checked_by: str
    lines: tuple[ReturnLine, ...]

    @property
    def damage_charges_paise(self) -> int:
        return sum(line.charge_paise for line in self.lines)


@dataclass(frozen=True)
class DamageCharge:
    """A return line with damage or loss, as the booking's events carry it."""

    stock_item_id: uuid.UUID
    item_name: str
    damaged: int
    lost: int
    charge_paise: int
    note: str | None
