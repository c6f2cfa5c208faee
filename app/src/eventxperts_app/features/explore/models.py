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
class ServiceKind:
    slug: str
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
class ReviewResult:
    review: Review | None = None
    errors: tuple[ApiError, ...] = ()


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
    published: bool = True


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
    contact_name: str
    contact_phone: str
    booking_id: str | None = None
    budget_min_paise: int | None = None
    budget_max_paise: int | None = None
    user_id: str = ""
    blocked_by_me: bool = False  # the party looking blocked the other

    @property
    def closed(self) -> bool:
        """No more messages or withdrawal (the service answers ENQUIRY_CLOSED)."""
        return self.status in CLOSED_STATUSES


CLOSED_STATUSES = frozenset({"CANCELLED", "COMPLETED", "WITHDRAWN"})


@dataclass(frozen=True)
class EnquiryResult:
    enquiry: Enquiry | None = None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class MessageResult:
    message: ThreadMessage | None = None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class EnquiriesResult:
    enquiries: tuple[Enquiry, ...] = ()
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class BilingualName:
    en: str
    te: str


@dataclass(frozen=True)
class EventDay:
    """The panchangam of a public event's first day at its district's headquarters."""

    day: date
    place: str
    vara: BilingualName
    tithi: BilingualName
    nakshatra: BilingualName
    festivals: tuple[BilingualName, ...]


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
    description: str | None = None
    map_link: str | None = None
    entry_link: str | None = None
    panchangam: EventDay | None = None
    ics_url: str = ""  # its iCalendar file: a phone's calendar opens it
    subscribe_url: str = ""  # the same as webcal://: a calendar app subscribes
    share_url: str = ""  # its page in the app


@dataclass(frozen=True)
class InterestResult:
    interested_count: int | None = None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class ListingResult:
    listing: Listing | None = None
    errors: tuple[ApiError, ...] = ()
