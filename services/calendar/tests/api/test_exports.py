from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlparse

import httpx
from icalendar import Calendar
from servicekit.signed_links import read_claims, sign_claims
from servicekit.testing.service import Callers

CREATE = "mutation { createIcsFeed { feed { url createdAt } errors { code } } }"
REVOKE = "mutation { revokeIcsFeed { feed { url } errors { code } } }"
FEED = "{ icsFeed { url } }"
CSV = """mutation($filter: BookingFilter) {
  exportBookingsCsv(filter: $filter) { url expiresAt errors { code field } } }"""


async def ask(client: httpx.AsyncClient, headers: dict[str, str], query: str, **variables: object) -> Any:
    return (
        await client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    ).json()


def path_of(url: str) -> str:
    return urlparse(url).path


async def test_an_organizers_feed_url_serves_a_calendar_that_parses(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    feed = (await ask(client, organizer, CREATE))["data"]["createIcsFeed"]["feed"]
    assert feed["url"].startswith("http://127.0.0.1:8080/ics/feeds/")
    assert (await ask(client, organizer, FEED))["data"]["icsFeed"]["url"] == feed["url"]
    # The public route: no gateway secret and no token, only the URL's own secret.
    answer = await client.get(path_of(feed["url"]), headers={"x-gateway-secret": ""})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    parsed = Calendar.from_ical(answer.content)
    assert str(parsed["prodid"]) == "-//EventXperts//Calendar//EN"
    assert parsed.walk("VTIMEZONE")[0]["tzid"] == "Asia/Kolkata"


async def test_a_revoked_feed_url_is_refused_and_a_new_one_replaces_the_old(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    first = (await ask(client, organizer, CREATE))["data"]["createIcsFeed"]["feed"]["url"]
    second = (await ask(client, organizer, CREATE))["data"]["createIcsFeed"]["feed"]["url"]
    assert first != second
    assert (await client.get(path_of(first))).status_code == 404
    assert (await client.get(path_of(second))).status_code == 200
    revoked = (await ask(client, organizer, REVOKE))["data"]["revokeIcsFeed"]
    assert revoked == {"feed": {"url": second}, "errors": []}
    refused = await client.get(path_of(second))
    assert refused.status_code == 404
    assert refused.json()["error"]["code"] == "FEED_NOT_FOUND"
    assert (await ask(client, organizer, FEED))["data"]["icsFeed"] is None
    again = (await ask(client, organizer, REVOKE))["data"]["revokeIcsFeed"]
    assert again["errors"] == [{"code": "FEED_NOT_FOUND"}]


async def test_a_forged_feed_token_opens_nothing(client: httpx.AsyncClient, callers: Callers) -> None:
    url = (await ask(client, callers.headers("organizer"), CREATE))["data"]["createIcsFeed"]["feed"]["url"]
    feed_hex, mac = path_of(url).removeprefix("/ics/feeds/").removesuffix(".ics").split(".")
    forged = [
        f"{feed_hex}.{mac[:-1]}{'A' if mac[-1] != 'A' else 'B'}",
        f"{feed_hex}.",
        f"{feed_hex.upper()}.{mac}",
        "not-a-token",
        "x" * 2000,
    ]
    for token in forged:
        assert (await client.get(f"/ics/feeds/{token}.ics")).status_code == 404, token


async def test_only_organizers_have_feeds(client: httpx.AsyncClient, callers: Callers) -> None:
    assert (await ask(client, callers.headers("user"), CREATE))["data"]["createIcsFeed"]["errors"] == [
        {"code": "FORBIDDEN"}
    ]
    assert (await ask(client, {}, CREATE))["data"]["createIcsFeed"]["errors"] == [
        {"code": "NOT_AUTHENTICATED"}
    ]


async def test_the_csv_export_is_a_signed_link_to_a_csv_with_a_header(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    made = await ask(client, organizer, CSV, filter={"firstDay": "2026-12-01", "statuses": ["CONFIRMED"]})
    export = made["data"]["exportBookingsCsv"]
    assert export["errors"] == []
    downloaded = await client.get(path_of(export["url"]))
    assert downloaded.status_code == 200
    assert downloaded.headers["content-type"].startswith("text/csv")
    assert downloaded.text.lstrip("\ufeff").startswith("booking_id,event_name,kind,status,")
    tampered = path_of(export["url"]).replace(".csv", "x.csv")
    assert (await client.get(tampered)).status_code == 404


async def test_a_csv_of_a_backwards_range_or_of_someone_elses_bookings_is_refused(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    backwards = await ask(client, organizer, CSV, filter={"firstDay": "2026-12-05", "lastDay": "2026-12-01"})
    assert backwards["data"]["exportBookingsCsv"]["errors"] == [
        {"code": "INVALID_DATE_RANGE", "field": "lastDay"}
    ]
    other = await ask(client, organizer, CSV, filter={"organizerId": "0c5b2a51-7a55-4a3e-9d0a-3f5e0e6f7a10"})
    assert other["data"]["exportBookingsCsv"]["errors"] == [{"code": "FORBIDDEN", "field": None}]


def test_a_signed_link_stops_working_when_it_expires_or_is_used_for_another_purpose() -> None:
    now = datetime(2026, 12, 1, tzinfo=UTC)
    token = sign_claims("k", "csv-export", {"o": "x", "exp": int((now + timedelta(minutes=10)).timestamp())})
    assert read_claims("k", "csv-export", token, now) == {
        "o": "x",
        "exp": int((now + timedelta(minutes=10)).timestamp()),
    }
    assert read_claims("k", "csv-export", token, now + timedelta(minutes=11)) is None
    assert read_claims("k", "ics-feed", token, now) is None
    assert read_claims("other key", "csv-export", token, now) is None


async def test_sharing_an_unknown_booking_reads_as_not_found(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    query = 'query { whatsappShare(bookingId: "0b6e1c3e-7d5f-4f53-9a53-5d0f1c2b3a4d", language: TE) { url } }'
    answer = await ask(client, callers.headers("organizer"), query)
    assert answer["errors"][0]["extensions"]["code"] == "NOT_FOUND"
