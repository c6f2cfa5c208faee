"""What the explore section shows: organizers' directory profiles, enquiries and public events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from eventxperts_app.api.models import ApiError


@dataclass(frozen=True)
class District:
    id: str
    name: str
    name_te: str


@dataclass(frozen=True)
class ServiceOffer:
    service: str
    name: str
    name_te: str
    min_paise: int
    max_paise: int


@dataclass(frozen=True)
class Review:
    id: str
    rating: int
    body: str | None
    reply: str | None
    created_at: datetime


@dataclass(frozen=True)
class Listing:
    organizer_id: str
    display_name: str
    display_name_te: str | None
    about: str | None
    services: tuple[ServiceOffer, ...]
    districts: tuple[District, ...]
    rating: float | None
    rating_count: int
    contact_phone: str | None
    reviews: tuple[Review, ...] = ()


@dataclass(frozen=True)
class ListingPage:
    items: tuple[Listing, ...]
    total_count: int
    has_more: bool


@dataclass(frozen=True)
class ThreadMessage:
    id: str
    from_organizer: bool
    body: str
    created_at: datetime


@dataclass(frozen=True)
class Enquiry:
    id: str
    organizer_id: str
    kind: str
    preferred_dates: tuple[date, ...]
    district: District
    guest_count: int | None
    message: str
    status: str
    messages: tuple[ThreadMessage, ...]


@dataclass(frozen=True)
class EnquiriesResult:
    enquiries: tuple[Enquiry, ...] = ()
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class PublicEvent:
    id: str
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    district: District
    entry: str
    interested_count: int
    whatsapp_link: str
    festivals: tuple[str, ...]
