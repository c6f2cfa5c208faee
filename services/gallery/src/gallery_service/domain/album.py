"""An album: its owner, titles in both languages, event facts, order, visibility and privacy switches."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from servicekit.text import refuse_hidden_characters

from gallery_service.domain.errors import GalleryError, GalleryErrorCode

MAX_TITLE_CHARS = 200
MAX_VENUE_CHARS = 500
SHARE_CODE_BYTES = 18  # 144 random bits: 24 URL-safe characters, not guessable


class Visibility(StrEnum):
    PRIVATE = "private"
    LINK = "link"  # anyone holding the album's share code (until revoked or expired)
    PUBLIC = "public"  # shown on the organizer's public profile


@dataclass(frozen=True)
class Album:
    id: uuid.UUID
    organizer_id: uuid.UUID
    title_en: str
    title_te: str
    event_date: date | None
    venue: str | None
    booking_id: uuid.UUID | None
    cover_photo_id: uuid.UUID | None
    position: int
    visibility: Visibility
    share_code: str | None
    share_expires_at: datetime | None
    face_search_enabled: bool
    keep_gps: bool
    offered: bool
    created_at: datetime
    updated_at: datetime

    def shared_with(self, visibility: Visibility, expires_at: datetime | None, now: datetime) -> Album:
        """The album under a new visibility; a link share keeps its code (a new one if it had none)."""
        if expires_at is not None and expires_at <= now:
            raise GalleryError(
                GalleryErrorCode.INVALID_EXPIRY, "The link must expire later than now.", "expiresAt"
            )
        if visibility is Visibility.LINK:
            code = self.share_code or new_share_code()
            return replace(
                self, visibility=visibility, share_code=code, share_expires_at=expires_at, updated_at=now
            )
        return replace(self, visibility=visibility, share_code=None, share_expires_at=None, updated_at=now)

    def link_revoked(self, now: datetime) -> Album:
        """Revoking ends the link: the album is private again and the old code opens nothing."""
        return replace(
            self, visibility=Visibility.PRIVATE, share_code=None, share_expires_at=None, updated_at=now
        )


def new_share_code() -> str:
    return secrets.token_urlsafe(SHARE_CODE_BYTES)


def clean_title(value: str, field: str) -> str:
    title = " ".join(refuse_hidden_characters(value, field).split())
    if not title or len(title) > MAX_TITLE_CHARS:
        raise GalleryError(
            GalleryErrorCode.INVALID_TITLE, f"A title has 1 to {MAX_TITLE_CHARS} characters.", field
        )
    return title


def clean_venue(value: str | None) -> str | None:
    if value is None:
        return None
    venue = " ".join(refuse_hidden_characters(value, "venue").split())
    if len(venue) > MAX_VENUE_CHARS:
        raise GalleryError(
            GalleryErrorCode.INVALID_TEXT, f"A venue has at most {MAX_VENUE_CHARS} characters.", "venue"
        )
    return venue or None


def check_position(position: int) -> int:
    if not 0 <= position <= 1_000_000:
        raise GalleryError(
            GalleryErrorCode.INVALID_POSITION, "A position is between 0 and 1000000.", "position"
        )
    return position
