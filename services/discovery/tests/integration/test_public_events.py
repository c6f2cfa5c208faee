"""Public events: published by organizers, browsed by district and dates, interest counted once,
shared as ICS and a WhatsApp link, with the day's panchangam."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from discovery_service.bootstrap import DiscoveryServices
from discovery_service.domain.errors import DirectoryError
from discovery_service.domain.vocabulary import EntryKind
from discovery_service.service_layer import public_events, sharing
from discovery_service.service_layer.commands import PublishEvent
from discovery_service.service_layer.dependencies import INDIA
from icalendar import Calendar
from servicekit.auth import Caller
from servicekit.errors import Forbidden, InvalidInput

from .scenarios import family, in_days, organizer


def mela(caller: Caller, **changes: object) -> PublishEvent:
    starts = datetime.combine(in_days(20), time(17, 0), INDIA)
    values: dict[str, object] = {
        "caller": caller,
        "title": "Sankranti Mela",
        "kind": "mela",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=5),
        "venue": "Indira Gandhi Stadium",
        "district": "NTR",
        "entry": EntryKind.FREE,
        "map_link": "https://maps.google.com/?q=16.5,80.6",
        "description": "Rangoli, gangireddu and <b>kites</b>",
    }
    values.update(changes)
    return PublishEvent(**values)  # type: ignore[arg-type]


async def test_a_published_event_is_browsed_by_district_and_dates(services: DiscoveryServices) -> None:
    event = await public_events.publish_event(mela(organizer()), services.deps)
    found = await public_events.browse_events(
        public_events.EventBrowse("ntr", in_days(19), in_days(21)), services.deps
    )
    assert [e.id for e in found] == [event.id]
    elsewhere = await public_events.browse_events(
        public_events.EventBrowse("Hyderabad", in_days(19), in_days(21)), services.deps
    )
    assert elsewhere == []


async def test_interest_is_counted_once_per_person(services: DiscoveryServices) -> None:
    event = await public_events.publish_event(mela(organizer()), services.deps)
    me = family()
    assert await public_events.mark_interested(me, str(event.id), services.deps) == 1
    assert await public_events.mark_interested(me, str(event.id), services.deps) == 1
    assert await public_events.mark_interested(family(), str(event.id), services.deps) == 2


async def test_the_event_as_ics_whatsapp_and_panchangam(services: DiscoveryServices) -> None:
    event = await public_events.publish_event(mela(organizer()), services.deps)
    [vevent] = Calendar.from_ical(sharing.event_ics(event, services.deps.clock())).walk("VEVENT")
    assert str(vevent["summary"]) == "Sankranti Mela"
    assert vevent.decoded("dtstart") == event.starts_at
    link = sharing.whatsapp_link(event)
    assert link.startswith("https://wa.me/?text=Sankranti%20Mela")
    almanac = sharing.day_almanac(in_days(20), "ntr")
    assert almanac.place == "Vijayawada"
    assert almanac.vara.te == "శనివారం" or almanac.vara.te.endswith("వారం")
    assert almanac.tithi.te
    assert almanac.nakshatra.te


async def test_only_organizers_and_super_admins_publish(services: DiscoveryServices) -> None:
    with pytest.raises(Forbidden):
        await public_events.publish_event(mela(family()), services.deps)


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"kind": "riot"}, "UNKNOWN_EVENT_KIND", "kind"),
        ({"district": "Bengaluru"}, "UNKNOWN_DISTRICT", "district"),
        ({"starts_at": datetime.combine(in_days(-2), time(9), INDIA)}, "DATE_IN_PAST", "startsAt"),
        ({"map_link": "javascript:alert(1)"}, "INVALID_LINK", "mapLink"),
        ({"entry": EntryKind.LINK}, "INVALID_LINK", "entryLink"),
        ({"title": "x" * 151}, "TEXT_TOO_LONG", "title"),
    ],
)
async def test_bad_event_input_is_a_typed_error(
    services: DiscoveryServices, changes: dict[str, object], code: str, field: str
) -> None:
    with pytest.raises((DirectoryError, InvalidInput)) as raised:
        await public_events.publish_event(mela(organizer(), **changes), services.deps)
    errors = raised.value.errors if isinstance(raised.value, InvalidInput) else [raised.value]
    assert (code, field) in [(e.code, e.field) for e in errors]
