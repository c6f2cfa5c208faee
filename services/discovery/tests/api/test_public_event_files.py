"""A public event outside the app: its iCalendar file at a public address (to download or subscribe
to), and the share link, as the edge serves them under /discovery/."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import unquote, urlsplit

import httpx
from icalendar import Calendar
from servicekit.testing.service import Callers

from .test_discovery_graph import gql

PUBLISH = """
mutation($input: PublicEventInput!) {
  publishPublicEvent(input: $input) {
    event { id icsUrl subscribeUrl shareUrl whatsappLink }
    errors { code field }
  }
}
"""


async def test_a_public_event_is_a_calendar_file_anyone_can_fetch_and_a_link_to_share(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    starts = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0)
    event_input = {
        "title": "Sankranti Mela <b>2027</b>",
        "kind": "mela",
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=6)).isoformat(),
        "venue": "PWD Grounds",
        "district": "NTR",
        "entry": "FREE",
    }
    answer = await gql(client, PUBLISH, {"input": event_input}, callers.headers("organizer"))
    event = answer["data"]["publishPublicEvent"]["event"]
    ics_path = f"/discovery/events/{event['id']}.ics"
    assert event["icsUrl"] == f"http://127.0.0.1:8080{ics_path}"
    assert event["subscribeUrl"] == f"webcal://127.0.0.1:8080{ics_path}"
    assert event["shareUrl"] == f"http://127.0.0.1:8080/events?event={event['id']}"
    assert unquote(event["whatsappLink"]).endswith(event["shareUrl"])

    fetched = await client.get(urlsplit(event["icsUrl"]).path)  # no token: public events are public
    assert fetched.status_code == 200
    assert fetched.headers["content-type"] == "text/calendar; charset=utf-8"
    [vevent] = Calendar.from_ical(fetched.text).walk("VEVENT")
    assert str(vevent["summary"]) == "Sankranti Mela <b>2027</b>"
    assert vevent.decoded("dtstart") == starts


async def test_an_address_that_names_no_event_is_one_404(client: httpx.AsyncClient) -> None:
    for path in (f"/discovery/events/{uuid.uuid4()}.ics", "/discovery/events/not-an-id.ics"):
        refused = await client.get(path)
        assert refused.status_code == 404
        assert refused.json()["error"]["code"] == "EVENT_NOT_FOUND"
