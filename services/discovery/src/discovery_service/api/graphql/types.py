"""The discovery graph's types. Names carry Directory/Organizer/PublicEvent where another subgraph
could own the word (District, Booking, Event...)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import strawberry
from india.gazetteer import find_district
from panchangam import Name
from servicekit.graphql import described
from servicekit.graphql.paise import Paise

from discovery_service.api.graphql.context import DiscoveryInfo, caller_of, deps_of, loader
from discovery_service.domain.enquiry import Enquiry, Notification, ThreadMessage
from discovery_service.domain.listing import Listing, ServiceOffer
from discovery_service.domain.public_event import PublicEvent
from discovery_service.domain.review import Review
from discovery_service.domain.vocabulary import (
    SERVICES,
    ContactWay,
    EnquiryStatus,
    EntryKind,
    ListingSort,
    ReviewStatus,
    ServiceKind,
)
from discovery_service.service_layer import blocks, reviews, sharing, threads
from discovery_service.service_layer.dependencies import INDIA

strawberry.enum(EnquiryStatus, name="DirectoryEnquiryStatus")
strawberry.enum(ListingSort, name="DirectoryListingSort")
strawberry.enum(ReviewStatus, name="DirectoryReviewStatus")
strawberry.enum(EntryKind, name="PublicEventEntry")


@strawberry.type(name="DirectoryServiceKind")
class DirectoryServiceKindType:
    slug: str
    name: str
    name_te: str

    @classmethod
    def of(cls, kind: ServiceKind) -> DirectoryServiceKindType:
        return cls(slug=kind.slug, name=kind.name, name_te=kind.name_te)


@strawberry.type(name="ServedDistrict")
class ServedDistrictType:
    id: str
    name: str
    name_te: str
    state_code: str

    @classmethod
    def of(cls, district_id: str) -> ServedDistrictType:
        district = find_district(district_id)
        return cls(
            id=district.id, name=district.name, name_te=district.name_te, state_code=district.state_code
        )


@strawberry.type(name="OrganizerServiceOffer")
class OrganizerServiceOfferType:
    service: str
    name: str
    name_te: str
    min_paise: Paise
    max_paise: Paise

    @classmethod
    def of(cls, offer: ServiceOffer) -> OrganizerServiceOfferType:
        kind = SERVICES[offer.service]
        return cls(
            service=offer.service,
            name=kind.name,
            name_te=kind.name_te,
            min_paise=Paise(offer.min_paise),
            max_paise=Paise(offer.max_paise),
        )


@strawberry.type(name="DirectoryReview")
class DirectoryReviewType:
    id: strawberry.ID
    organizer_id: strawberry.ID
    rating: int
    body: str | None
    reply: str | None
    replied_at: datetime | None
    status: ReviewStatus
    created_at: datetime

    @classmethod
    def of(cls, review: Review) -> DirectoryReviewType:
        return cls(
            id=strawberry.ID(str(review.id)),
            organizer_id=strawberry.ID(str(review.organizer_id)),
            rating=review.rating,
            body=review.body,
            reply=review.reply,
            replied_at=review.replied_at,
            status=review.status,
            created_at=review.created_at,
        )


@strawberry.type(name="OrganizerListing")
class OrganizerListingType:
    organizer_id: strawberry.ID
    display_name: str
    display_name_te: str | None
    about: str | None
    services: list[OrganizerServiceOfferType]
    districts: list[ServedDistrictType]
    languages: list[str]
    contact_ways: list[str]
    contact_phone: str | None = strawberry.field(
        description="Shown when the organizer takes calls or WhatsApp."
    )
    contact_email: str | None = strawberry.field(description="Shown when the organizer takes email.")
    published: bool
    rating: float | None
    rating_count: int

    @classmethod
    def of(cls, listing: Listing) -> OrganizerListingType:
        ways = set(listing.contact_ways)
        by_phone = bool(ways & {ContactWay.PHONE.value, ContactWay.WHATSAPP.value})
        return cls(
            organizer_id=strawberry.ID(str(listing.organizer_id)),
            display_name=listing.display_name,
            display_name_te=listing.display_name_te,
            about=listing.about,
            services=[OrganizerServiceOfferType.of(s) for s in listing.services],
            districts=[ServedDistrictType.of(d) for d in listing.district_ids],
            languages=list(listing.languages),
            contact_ways=list(listing.contact_ways),
            contact_phone=listing.contact_phone if by_phone else None,
            contact_email=listing.contact_email if ContactWay.EMAIL.value in ways else None,
            published=listing.published,
            rating=listing.rating,
            rating_count=listing.rating_count,
        )

    @described.field("Published reviews, newest first (super admins also see hidden ones); at most 100.")
    async def reviews(
        self, info: DiscoveryInfo, first: int = 10, offset: int = 0
    ) -> list[DirectoryReviewType]:
        found = await reviews.organizer_reviews(
            caller_of(info), str(self.organizer_id), first, offset, deps_of(info)
        )
        return [DirectoryReviewType.of(r) for r in found]


@strawberry.type(name="OrganizerListingPage")
class OrganizerListingPageType:
    items: list[OrganizerListingType]
    total_count: int
    has_more: bool


@strawberry.type(name="DirectoryEnquiryMessage")
class DirectoryEnquiryMessageType:
    id: strawberry.ID
    author_id: strawberry.ID
    from_organizer: bool
    body: str
    created_at: datetime

    @classmethod
    def of(cls, message: ThreadMessage) -> DirectoryEnquiryMessageType:
        return cls(
            id=strawberry.ID(str(message.id)),
            author_id=strawberry.ID(str(message.author_id)),
            from_organizer=message.from_organizer,
            body=message.body,
            created_at=message.created_at,
        )


@strawberry.type(name="DirectoryEnquiry")
class DirectoryEnquiryType:
    id: strawberry.ID
    batch_id: strawberry.ID
    organizer_id: strawberry.ID
    user_id: strawberry.ID
    kind: str
    preferred_dates: list[date]
    district: ServedDistrictType
    pin_code: str
    guest_count: int | None
    budget_min_paise: Paise | None
    budget_max_paise: Paise | None
    message: str
    contact_name: str
    contact_phone: str
    status: EnquiryStatus
    booking_id: strawberry.ID | None
    status_changed_at: datetime
    created_at: datetime
    _enquiry: strawberry.Private[Enquiry]

    @classmethod
    def of(cls, e: Enquiry) -> DirectoryEnquiryType:
        return cls(
            id=strawberry.ID(str(e.id)),
            batch_id=strawberry.ID(str(e.batch_id)),
            organizer_id=strawberry.ID(str(e.organizer_id)),
            user_id=strawberry.ID(str(e.user_id)),
            kind=e.kind,
            preferred_dates=list(e.preferred_dates),
            district=ServedDistrictType.of(e.district_id),
            pin_code=e.pin_code,
            guest_count=e.guest_count,
            budget_min_paise=None if e.budget_min_paise is None else Paise(e.budget_min_paise),
            budget_max_paise=None if e.budget_max_paise is None else Paise(e.budget_max_paise),
            message=e.message,
            contact_name=e.contact_name,
            contact_phone=e.contact_phone,
            status=e.status,
            booking_id=strawberry.ID(str(e.booking_id)) if e.booking_id else None,
            status_changed_at=e.status_changed_at,
            created_at=e.created_at,
            _enquiry=e,
        )

    @described.field("Whether you, as one party of this enquiry, blocked the other.")
    async def blocked_by_me(self, info: DiscoveryInfo) -> bool:
        caller, deps = caller_of(info), deps_of(info)

        async def load(keys: list[Enquiry]) -> list[bool]:
            return await blocks.blocked_by(caller, keys, deps)

        return await loader(info, "blocked_by_me", load).load(self._enquiry)

    @described.field("The thread between the user and the organizer, oldest first.")
    async def messages(self, info: DiscoveryInfo) -> list[DirectoryEnquiryMessageType]:
        deps = deps_of(info)

        async def load(keys: list[uuid.UUID]) -> list[list[ThreadMessage]]:
            return await threads.threads_of(keys, deps)

        found = await loader(info, "threads", load).load(self._enquiry.id)
        return [DirectoryEnquiryMessageType.of(m) for m in found]


@strawberry.type(name="DirectoryEnquiryPage")
class DirectoryEnquiryPageType:
    items: list[DirectoryEnquiryType]
    total_count: int
    has_more: bool


@strawberry.type(name="DirectoryNotification")
class DirectoryNotificationType:
    id: strawberry.ID
    enquiry_id: strawberry.ID | None
    kind: str
    summary: str
    created_at: datetime
    read_at: datetime | None

    @classmethod
    def of(cls, n: Notification) -> DirectoryNotificationType:
        return cls(
            id=strawberry.ID(str(n.id)),
            enquiry_id=strawberry.ID(str(n.enquiry_id)) if n.enquiry_id else None,
            kind=n.kind,
            summary=n.summary,
            created_at=n.created_at,
            read_at=n.read_at,
        )


@strawberry.type(name="DirectoryName")
class DirectoryNameType:
    en: str
    te: str


@strawberry.type(name="PublicEventPanchangam")
class PublicEventPanchangamType:
    day: date
    place: str
    vara: DirectoryNameType
    tithi: DirectoryNameType
    nakshatra: DirectoryNameType
    festivals: list[DirectoryNameType]

    @classmethod
    def of(cls, almanac: sharing.DayAlmanac) -> PublicEventPanchangamType:
        def name(n: Name) -> DirectoryNameType:
            return DirectoryNameType(en=n.en, te=n.te)

        return cls(
            day=almanac.day,
            place=almanac.place,
            vara=name(almanac.vara),
            tithi=name(almanac.tithi),
            nakshatra=name(almanac.nakshatra),
            festivals=[name(f) for f in almanac.festivals],
        )


@strawberry.type(name="PublicEventListing")
class PublicEventListingType:
    id: strawberry.ID
    publisher_id: strawberry.ID
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    district: ServedDistrictType
    map_link: str | None
    description: str | None
    entry: EntryKind
    entry_link: str | None
    interested_count: int
    _event: strawberry.Private[PublicEvent]

    @classmethod
    def of(cls, event: PublicEvent) -> PublicEventListingType:
        return cls(
            id=strawberry.ID(str(event.id)),
            publisher_id=strawberry.ID(str(event.publisher_id)),
            title=event.title,
            kind=event.kind,
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            venue=event.venue,
            district=ServedDistrictType.of(event.district_id),
            map_link=event.map_link,
            description=event.description,
            entry=event.entry,
            entry_link=event.entry_link,
            interested_count=event.interested_count,
            _event=event,
        )

    @described.field("A WhatsApp message with the event's title, time, venue and share link.")
    def whatsapp_link(self, info: DiscoveryInfo) -> str:
        return sharing.whatsapp_link(self._event, self._links(info).share)

    @described.field("The event's iCalendar file at a public address (download, open in a calendar).")
    def ics_url(self, info: DiscoveryInfo) -> str:
        return self._links(info).ics

    @described.field("The same file as a webcal:// subscription (a calendar app follows changes).")
    def subscribe_url(self, info: DiscoveryInfo) -> str:
        return self._links(info).subscribe

    @described.field("A link to the event's page in the app, to share anywhere.")
    def share_url(self, info: DiscoveryInfo) -> str:
        return self._links(info).share

    def _links(self, info: DiscoveryInfo) -> sharing.EventLinks:
        return sharing.event_links(self._event, deps_of(info).public_url)

    @described.field("The event as an iCalendar file (text/calendar) to add to a phone's calendar.")
    def ics(self, info: DiscoveryInfo) -> str:
        return sharing.event_ics(self._event, deps_of(info).clock())

    @described.field("The panchangam of the event's first day at its district's headquarters.")
    def panchangam(self) -> PublicEventPanchangamType:
        day = self._event.starts_at.astimezone(INDIA).date()
        return PublicEventPanchangamType.of(sharing.day_almanac(day, self._event.district_id))
