"""A public event an organizer (or a super admin) lists: a festival celebration, a mela, a workshop."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from discovery_service.domain.vocabulary import EntryKind

PUBLIC_EVENT_KINDS = ("festival", "exhibition", "mela", "workshop", "concert", "religious", "sports", "other")
LONGEST_EVENT = 14  # days


@dataclass(frozen=True)
class PublicEvent:
    id: uuid.UUID
    publisher_id: uuid.UUID
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    district_id: str
    map_link: str | None
    description: str | None
    entry: EntryKind
    entry_link: str | None
    interested_count: int
    created_at: datetime
