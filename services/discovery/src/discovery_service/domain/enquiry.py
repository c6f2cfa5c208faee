"""An enquiry: one user asking one organizer about an event, and the thread on it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from discovery_service.domain.vocabulary import EnquiryStatus

MOST_ORGANIZERS = 5
MOST_DATES = 5
LONGEST_MESSAGE = 2000


@dataclass(frozen=True)
class Enquiry:
    id: uuid.UUID
    batch_id: uuid.UUID
    user_id: uuid.UUID
    organizer_id: uuid.UUID
    kind: str
    preferred_dates: tuple[date, ...]
    district_id: str
    pin_code: str
    guest_count: int | None
    budget_min_paise: int | None
    budget_max_paise: int | None
    message: str
    contact_name: str
    contact_phone: str
    status: EnquiryStatus
    booking_id: uuid.UUID | None
    status_changed_at: datetime
    created_at: datetime
    request_key: str | None = None  # the app's key of the send that made it (a retry finds it)


@dataclass(frozen=True)
class ThreadMessage:
    id: uuid.UUID
    enquiry_id: uuid.UUID
    author_id: uuid.UUID
    from_organizer: bool
    body: str
    created_at: datetime


@dataclass(frozen=True)
class Notification:
    id: uuid.UUID
    organizer_id: uuid.UUID
    enquiry_id: uuid.UUID | None
    kind: str
    summary: str
    created_at: datetime
    read_at: datetime | None
