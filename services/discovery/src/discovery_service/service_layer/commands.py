"""What the edges ask the use cases to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from servicekit.auth import Caller

from discovery_service.domain.vocabulary import EntryKind, ListingSort


@dataclass(frozen=True)
class OfferDraft:
    service: str
    min_paise: int
    max_paise: int


@dataclass(frozen=True)
class SaveListing:
    caller: Caller
    display_name: str
    services: list[OfferDraft]
    districts: list[str]
    display_name_te: str | None = None
    about: str | None = None
    languages: list[str] = field(default_factory=lambda: ["te"])
    contact_ways: list[str] = field(default_factory=lambda: ["in_app"])
    contact_phone: str | None = None
    contact_email: str | None = None
    published: bool = True
    organizer_id: str | None = None  # a super admin acting for an organizer


@dataclass(frozen=True)
class SearchListings:
    service: str | None = None
    district: str | None = None
    free_on: date | None = None
    text: str | None = None
    sort: ListingSort = ListingSort.RELEVANCE
    first: int = 20
    offset: int = 0


@dataclass(frozen=True)
class SendEnquiry:
    caller: Caller
    organizer_ids: list[str]
    kind: str
    preferred_dates: list[date]
    district: str
    pin_code: str
    message: str
    contact_name: str
    contact_phone: str
    guest_count: int | None = None
    budget_min_paise: int | None = None
    budget_max_paise: int | None = None
    # The app's key of one press of Send: a retry with the same key returns the enquiries it made.
    request_key: str | None = None


@dataclass(frozen=True)
class PublishEvent:
    caller: Caller
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    district: str
    entry: EntryKind
    map_link: str | None = None
    description: str | None = None
    entry_link: str | None = None
