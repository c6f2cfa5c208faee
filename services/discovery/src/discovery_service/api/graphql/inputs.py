"""Inputs of the discovery graph. Services, districts, kinds and languages are strings so that an
unknown one is answered with a typed error code, not a GraphQL validation failure."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from servicekit.graphql.paise import Paise

from discovery_service.domain.vocabulary import EntryKind


@strawberry.input(name="OrganizerServiceOfferInput")
class OrganizerServiceOfferInput:
    service: str = strawberry.field(description="A slug of directoryServiceKinds, e.g. tent_and_shamiana.")
    min_paise: Paise
    max_paise: Paise


@strawberry.input(name="OrganizerListingInput")
class OrganizerListingInput:
    display_name: str
    services: list[OrganizerServiceOfferInput]
    districts: list[str] = strawberry.field(
        description="Gazetteer district ids or names (English or Telugu)."
    )
    display_name_te: str | None = None
    about: str | None = None
    languages: list[str] = strawberry.field(default_factory=lambda: ["te"])
    contact_ways: list[str] = strawberry.field(
        default_factory=lambda: ["in_app"], description="in_app, phone, whatsapp, email"
    )
    contact_phone: str | None = None
    contact_email: str | None = None
    published: bool = True
    organizer_id: strawberry.ID | None = strawberry.field(default=None, description="Super admins: for whom.")


@strawberry.input(name="SendEnquiryInput")
class SendEnquiryInput:
    organizer_ids: list[strawberry.ID] = strawberry.field(description="One to five organizers.")
    kind: str = strawberry.field(description="wedding, engagement, gruhapravesam, ... (the calendar's kinds)")
    preferred_dates: list[date]
    district: str
    pin_code: str
    message: str
    contact_name: str
    contact_phone: str
    guest_count: int | None = None
    budget_min_paise: Paise | None = None
    budget_max_paise: Paise | None = None
    request_key: str | None = strawberry.field(
        default=None,
        description="A key the app makes once per Send (a UUID): sending again with it, after a lost "
        "answer, returns the enquiries the first send made instead of sending twice.",
    )


@strawberry.input(name="PublicEventInput")
class PublicEventInput:
    title: str
    kind: str = strawberry.field(
        description="festival, exhibition, mela, workshop, concert, religious, sports, other"
    )
    starts_at: datetime
    ends_at: datetime
    venue: str
    district: str
    entry: EntryKind
    map_link: str | None = None
    description: str | None = None
    entry_link: str | None = None
