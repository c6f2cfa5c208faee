"""The discovery part of `make demo`: the demo organizer's public profile, organizers across the
districts of both states, and a public event. Seeding twice changes nothing (listings are saved
whole again; the event is made once)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, time, timedelta

from servicekit.auth import Caller, Role
from servicekit.db import create_engine
from servicekit.postgres import service_database_url

from discovery_service.bootstrap import build_services
from discovery_service.domain.vocabulary import EntryKind
from discovery_service.service_layer import listings, public_events
from discovery_service.service_layer.commands import OfferDraft, PublishEvent, SaveListing
from discovery_service.service_layer.dependencies import INDIA, UseCaseDependencies
from discovery_service.settings import DiscoverySettings

DEMO_NAMESPACE = uuid.UUID("6f1c5a8e-2d1b-4f7a-9a57-0c0de14e7b01")
# (English name, Telugu name, districts, services with rupee ranges)
OTHERS = (
    ("Sri Durga Tent House", "శ్రీ దుర్గ టెంట్ హౌస్", ["ntr", "krishna"], [("tent_and_shamiana", 15_000, 1_20_000)]),
    ("Godavari Caterers", "గోదావరి క్యాటరర్స్", ["east-godavari", "kakinada"], [("catering", 40_000, 5_00_000)]),
    (
        "Tirumala Flower Decorators",
        "తిరుమల పూల అలంకరణ",
        ["tirupati", "chittoor"],
        [("flowers", 10_000, 80_000)],
    ),
    ("Kakatiya Sound & Lights", "కాకతీయ సౌండ్ & లైట్స్", ["hanumakonda", "warangal"], [("sound", 8_000, 60_000)]),
    ("Visakha Photo Studio", "విశాఖ ఫోటో స్టూడియో", ["visakhapatnam"], [("photography", 25_000, 2_00_000)]),
    ("Vedic Purohit Seva", "వేద పురోహిత సేవ", ["hyderabad", "rangareddy"], [("pandit", 5_000, 50_000)]),
    ("Nizamabad Event Managers", "నిజామాబాద్ ఈవెంట్ మేనేజర్స్", ["nizamabad"], [("event_management", 50_000, 8_00_000)]),
    ("Guntur Lighting Works", "గుంటూరు లైటింగ్ వర్క్స్", ["guntur", "palnadu"], [("lighting", 12_000, 90_000)]),
)


def seed(facts: dict[str, str]) -> list[str]:
    return asyncio.run(_seed(DiscoverySettings(), facts))


async def _seed(settings: DiscoverySettings, facts: dict[str, str]) -> list[str]:
    engine = create_engine(service_database_url(settings))
    try:
        return await seed_directory(build_services(settings, engine, None).deps, facts)
    finally:
        await engine.dispose()


async def seed_directory(deps: UseCaseDependencies, facts: dict[str, str]) -> list[str]:
    if organizer_id := facts.get("organizer_id"):
        await _demo_organizer(deps, organizer_id)
    for name, name_te, districts, offers in OTHERS:
        caller = _organizer(str(uuid.uuid5(DEMO_NAMESPACE, name)))
        await listings.save_listing(
            SaveListing(
                caller=caller,
                display_name=name,
                display_name_te=name_te,
                districts=list(districts),
                services=[OfferDraft(s, low * 100, high * 100) for s, low, high in offers],
                languages=["te", "en"],
                contact_ways=["in_app"],
            ),
            deps,
        )
    if organizer_id:
        await _demo_event(deps, organizer_id)
    return [f"directory    {len(OTHERS) + bool(facts.get('organizer_id'))} organizers; a public event in NTR"]


def _organizer(user_id: str) -> Caller:
    return Caller(user_id=user_id, roles=frozenset({Role.USER, Role.ORGANIZER}))


async def _demo_organizer(deps: UseCaseDependencies, organizer_id: str) -> None:
    await listings.save_listing(
        SaveListing(
            caller=_organizer(organizer_id),
            display_name="Sri Lakshmi Decorators & Tent House",
            display_name_te="శ్రీ లక్ష్మి డెకరేటర్స్ & టెంట్ హౌస్",
            about="Wedding mandapam decoration, shamiana and lighting across Hyderabad. పెళ్లి మండపం అలంకరణ.",
            services=[
                OfferDraft("decoration", 30_000_00, 3_00_000_00),
                OfferDraft("tent_and_shamiana", 20_000_00, 1_50_000_00),
                OfferDraft("lighting", 10_000_00, 80_000_00),
            ],
            districts=["hyderabad", "rangareddy", "medchal-malkajgiri"],
            languages=["te", "en", "hi"],
            contact_ways=["in_app", "whatsapp"],
            contact_phone="+91 94400 12345",
        ),
        deps,
    )


async def _demo_event(deps: UseCaseDependencies, organizer_id: str) -> None:
    day = deps.today() + timedelta(days=30)
    browse = public_events.EventBrowse("ntr", deps.today(), deps.today() + timedelta(days=60))
    if any(e.title == "Krishna Pushkar Mela" for e in await public_events.browse_events(browse, deps)):
        return
    starts = datetime.combine(day, time(17, 0), INDIA)
    await public_events.publish_event(
        PublishEvent(
            caller=_organizer(organizer_id),
            title="Krishna Pushkar Mela",
            kind="mela",
            starts_at=starts,
            ends_at=starts + timedelta(hours=5),
            venue="Punnami Ghat, Vijayawada",
            district="ntr",
            entry=EntryKind.FREE,
            map_link="https://maps.google.com/?q=16.5175,80.6000",
            description="Folk dances, handloom stalls and evening harathi on the Krishna.",
        ),
        deps,
    )
