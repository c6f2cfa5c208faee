"""A verified review: written once by the user whose enquiry became a completed booking."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from discovery_service.domain.vocabulary import ReviewStatus

LONGEST_REVIEW = 2000


@dataclass(frozen=True)
class Review:
    id: uuid.UUID
    enquiry_id: uuid.UUID
    organizer_id: uuid.UUID
    user_id: uuid.UUID
    rating: int
    body: str | None
    reply: str | None
    replied_at: datetime | None
    status: ReviewStatus
    moderated_by: uuid.UUID | None
    moderation_note: str | None
    created_at: datetime
