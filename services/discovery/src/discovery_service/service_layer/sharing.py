"""A public event as an iCalendar file (one VEVENT, times in Asia/Kolkata) at a public address to
download or subscribe to, a share link that opens its page in the app (alone or in a WhatsApp
message), and the panchangam of its day at its district's headquarters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import quote

import panchangam
from icalendar import Calendar, Event, Timezone
from india.gazetteer import find_district
from india.gazetteer import find_place as gazetteer_place

from discovery_service.domain.public_event import PublicEvent
from discovery_service.service_layer.dependencies import INDIA

PRODUCT_ID = "-//EventXperts//Discovery//EN"
ICS_PATH = "/discovery/events/{event_id}.ics"  # the edge sends /discovery/ here (services.toml)
UID_DOMAIN = "discovery.eventxperts.app"


def event_ics(event: PublicEvent, now: datetime) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add_component(Timezone.from_tzid(str(INDIA)))
    entry = Event()
    entry.add("uid", f"{event.id}@{UID_DOMAIN}")
    entry.add("dtstamp", now)
    entry.add("dtstart", event.starts_at.astimezone(INDIA))
    entry.add("dtend", event.ends_at.astimezone(INDIA))
    entry.add("summary", event.title)
    entry.add("location", f"{event.venue}, {find_district(event.district_id).name}")
    if event.description:
        entry.add("description", event.description)
    if event.map_link:
        entry.add("url", event.map_link)
    calendar.add_component(entry)
    return bytes(calendar.to_ical()).decode()


@dataclass(frozen=True)
class EventLinks:
    """Where an event can be fetched from outside the app, all on the platform's public origin."""

    ics: str  # https://<origin>/discovery/events/<id>.ics: the file, to download and open
    subscribe: str  # webcal://<origin>/...: a calendar app subscribes and sees later changes
    share: str  # https://<origin>/events?event=<id>: the event's page in the app


def event_links(event: PublicEvent, public_url: str) -> EventLinks:
    ics = f"{public_url}{ICS_PATH.format(event_id=event.id)}"
    scheme, _, rest = ics.partition("://")
    return EventLinks(
        ics=ics,
        subscribe=f"webcal://{rest}" if scheme in {"http", "https"} else ics,
        share=f"{public_url}/events?event={event.id}",
    )


def whatsapp_link(event: PublicEvent, share_url: str | None = None) -> str:
    """`https://wa.me/?text=...`: the phone picks whom to send it to."""
    when = event.starts_at.astimezone(INDIA).strftime("%d %b %Y, %I:%M %p")
    lines = [event.title, when, f"{event.venue}, {find_district(event.district_id).name}"]
    if event.map_link:
        lines.append(event.map_link)
    if share_url:
        lines.append(share_url)
    return "https://wa.me/?text=" + quote("\n".join(lines))


@dataclass(frozen=True)
class DayAlmanac:
    """What a listing shows of the day's panchangam: weekday, tithi, nakshatra and festivals."""

    day: date
    place: str
    vara: panchangam.Name
    tithi: panchangam.Name
    nakshatra: panchangam.Name
    festivals: tuple[panchangam.Name, ...]


@lru_cache(maxsize=512)
def day_almanac(day: date, district_id: str) -> DayAlmanac:
    headquarters = find_district(district_id).headquarters
    found = panchangam.day(day, panchangam.find_place(headquarters))
    return DayAlmanac(
        day=day,
        place=gazetteer_place(headquarters).name,
        vara=found.vara,
        tithi=found.tithi[0].name,
        nakshatra=found.nakshatra[0].name,
        festivals=tuple(f.name for f in found.festivals),
    )
