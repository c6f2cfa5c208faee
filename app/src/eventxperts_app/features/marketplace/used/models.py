"""What the used-item market shows: listings with their photos, the buyer-seller threads, and the
answers of their mutations. Money is in paise, as the service sends it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from eventxperts_app.api.models import ApiError


class ListingCondition(StrEnum):
    LIKE_NEW = "LIKE_NEW"
    GOOD = "GOOD"
    FAIR = "FAIR"
    FOR_PARTS = "FOR_PARTS"


class ListingStatus(StrEnum):
    PENDING = "PENDING"
    ACTIVE = "ACTIVE"
    REJECTED = "REJECTED"
    SOLD = "SOLD"
    WITHDRAWN = "WITHDRAWN"


# What the seller may still do with a listing in each state (the service's rules, shown as buttons).
EDITABLE = frozenset({ListingStatus.PENDING, ListingStatus.ACTIVE})
SELLABLE = frozenset({ListingStatus.ACTIVE})


@dataclass(frozen=True)
class Photo:
    id: str
    url: str
    thumbnail_url: str


@dataclass(frozen=True)
class UsedListing:
    id: str
    category_id: str
    title: str
    description: str | None
    condition: ListingCondition
    price_paise: int
    district_id: str
    status: ListingStatus
    status_reason: str | None
    created_at: datetime
    mine: bool
    contact_phone: str | None
    photos: tuple[Photo, ...]


@dataclass(frozen=True)
class UsedListingPage:
    listings: tuple[UsedListing, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class ListingMessage:
    id: str
    from_me: bool
    body: str | None  # None once its sender's data was erased
    sent_at: datetime


@dataclass(frozen=True)
class ListingThread:
    id: str
    listing_id: str
    listing_title: str
    i_am_seller: bool
    seller_replied: bool
    seller_phone: str | None
    last_message_at: datetime
    messages: tuple[ListingMessage, ...]


@dataclass(frozen=True)
class ListingResult:
    listing: UsedListing | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class ThreadResult:
    thread: ListingThread | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class UploadLink:
    url: str | None
    errors: tuple[ApiError, ...] = ()
