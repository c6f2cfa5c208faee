"""The booking's activity log: who did what, when, and what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ActivityAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    HELD = "held"
    CONFIRMED = "confirmed"
    RESCHEDULED = "rescheduled"
    ITEMS_CHANGED = "items_changed"
    HOLD_EXPIRED = "hold_expired"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    DISPATCHED = "dispatched"
    RETURNED = "returned"


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class ActivityEntry:
    at: datetime
    # None when the service itself acted (a hold that ran out).
    actor_id: str | None
    action: ActivityAction
    changes: tuple[FieldChange, ...] = field(default_factory=tuple)
    note: str | None = None
