"""Named scenarios: a Vijayawada tent house, a Hyderabad decorator, a family planning a wedding."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from contracts import calendar as c
from discovery_service.domain.listing import Listing
from discovery_service.service_layer import listings
from discovery_service.service_layer.commands import OfferDraft, SaveListing, SendEnquiry
from discovery_service.service_layer.dependencies import UseCaseDependencies
from pydantic import BaseModel
from servicekit.auth import Caller, Role
from servicekit.events import Envelope

VIJAYAWADA_PIN = "520001"  # NTR district


def organizer() -> Caller:
    return Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.USER, Role.ORGANIZER}))


def family() -> Caller:
    return Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.USER}))


def super_admin() -> Caller:
    return Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.SUPER_ADMIN}))


def id_of(caller: Caller) -> uuid.UUID:
    return uuid.UUID(str(caller.user_id))


def in_days(days: int) -> date:
    return date.today() + timedelta(days=days)


async def tent_house(deps: UseCaseDependencies, caller: Caller | None = None, **changes: Any) -> Listing:
    """An English-named tent house in NTR (Vijayawada) and Krishna districts."""
    values: dict[str, Any] = {
        "caller": caller or organizer(),
        "display_name": "Lakshmi Tent House",
        "display_name_te": None,
        "about": "Shamiana, chairs and lighting for weddings",
        "services": [
            OfferDraft("tent_and_shamiana", 20_000_00, 1_50_000_00),
            OfferDraft("lighting", 10_000_00, 50_000_00),
        ],
        "districts": ["ntr", "Krishna"],
        "languages": ["te", "en"],
        "contact_ways": ["in_app", "whatsapp"],
        "contact_phone": "98480 22338",
    }
    values.update(changes)
    return await listings.save_listing(SaveListing(**values), deps)


async def telugu_decorator(
    deps: UseCaseDependencies, caller: Caller | None = None, **changes: Any
) -> Listing:
    """A decorator known by a Telugu name, in Hyderabad."""
    values: dict[str, Any] = {
        "caller": caller or organizer(),
        "display_name": "Venkateswara Decorations",
        "display_name_te": "వెంకటేశ్వర డెకరేషన్స్",
        "about": "పెళ్లి మండపం అలంకరణ, పూల అలంకరణ",
        "services": [OfferDraft("decoration", 30_000_00, 3_00_000_00)],
        "districts": ["హైదరాబాద్"],
    }
    values.update(changes)
    return await listings.save_listing(SaveListing(**values), deps)


def wedding_enquiry(caller: Caller, organizers: list[uuid.UUID], **changes: Any) -> SendEnquiry:
    values: dict[str, Any] = {
        "caller": caller,
        "organizer_ids": [str(o) for o in organizers],
        "kind": "wedding",
        "preferred_dates": [in_days(60), in_days(61)],
        "district": "NTR",
        "pin_code": VIJAYAWADA_PIN,
        "message": "Shamiana for 500 guests, evening muhurtham",
        "contact_name": "Suresh Kumar",
        "contact_phone": "9876543210",
        "guest_count": 500,
        "budget_min_paise": 50_000_00,
        "budget_max_paise": 1_00_000_00,
    }
    values.update(changes)
    return SendEnquiry(**values)


def envelope(event_type: str, payload: BaseModel, key: uuid.UUID) -> Envelope:
    return Envelope(
        id=uuid.uuid4(),
        type=event_type,
        version=1,
        occurred_at=datetime.now(UTC),
        producer="test",
        key=str(key),
        trace_id=None,
        payload=payload.model_dump(mode="json"),
    )


def day_load(organizer_id: uuid.UUID, day: date, *, free: int, at: datetime | None = None) -> Envelope:
    """The calendar's report of one day: capacity of two events, `free` of them left."""
    payload = c.AvailabilityChangedV1(
        organizer_id=organizer_id,
        occurred_at=at or datetime.now(UTC),
        day=day,
        items=[],
        capacity=c.CapacityLoadV1(unit="events", per_day=2, confirmed=2 - free, held=0, free=free),
    )
    return envelope(c.AVAILABILITY_CHANGED, payload, organizer_id)


def booking_event(
    event_type: str,
    organizer_id: uuid.UUID,
    enquiry_id: uuid.UUID | None,
    status: str,
    *,
    booking_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> Envelope:
    model = {
        c.BOOKING_CREATED: c.BookingCreatedV1,
        c.BOOKING_CONFIRMED: c.BookingConfirmedV1,
        c.BOOKING_COMPLETED: c.BookingCompletedV1,
        c.BOOKING_TENTATIVE: c.BookingTentativeV1,
    }[event_type]
    start = datetime.now(UTC) + timedelta(days=60)
    schedule = c.ScheduleV1(
        starts_at=start,
        ends_at=start + timedelta(hours=6),
        setup_starts_at=start,
        teardown_ends_at=start + timedelta(hours=6),
    )
    payload = model(
        booking_id=booking_id or uuid.uuid4(),
        organizer_id=organizer_id,
        occurred_at=at or datetime.now(UTC),
        actor_id=organizer_id,
        status=status,
        event_name="Wedding enquiry",
        kind="wedding",
        schedule=schedule,
        hold_expires_at=None,
        venue=c.VenueV1(
            address="NTR", district="NTR", state_code="37", pin_code=VIJAYAWADA_PIN, map_link=None
        ),
        client=c.ClientV1(name="Suresh Kumar", phones=["+919876543210"], email=None),
        guest_count=500,
        line_items=[],
        agreed_total_paise=0,
        advance_paise=0,
        damage_charges=[],
        damage_charges_paise=0,
        source_enquiry_id=enquiry_id,
    )
    return envelope(event_type, payload, payload.booking_id)
