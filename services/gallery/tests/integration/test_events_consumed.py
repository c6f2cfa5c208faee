"""What the gallery does with others' events: an album offered once per completed booking, albums
linked only to their organizer's own bookings, and an erased organizer's albums, photos and files
gone (other organizers' kept)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import sqlalchemy as sa
from gallery_service.adapters.tables import albums
from gallery_service.bootstrap import GalleryServices
from gallery_service.consumers.handlers import gallery_consumers
from servicekit.events import Envelope
from servicekit.testing.service import Callers

from ..graph import ALBUM_FIELDS, create_album, gql, path_of, upload_links
from ..photos import jpeg


def envelope(event_type: str, key: uuid.UUID, payload: dict[str, Any]) -> Envelope:
    now = datetime.now(UTC)
    return Envelope(
        id=uuid.uuid4(),
        type=event_type,
        version=1,
        occurred_at=now,
        producer="test",
        key=str(key),
        trace_id=None,
        payload=payload,
    )


def completed_booking(
    organizer_id: uuid.UUID, booking_id: uuid.UUID, status: str = "completed"
) -> dict[str, Any]:
    return {
        "booking_id": str(booking_id),
        "organizer_id": str(organizer_id),
        "occurred_at": "2026-11-26T10:00:00Z",
        "actor_id": str(organizer_id),
        "status": status,
        "event_name": "Sravani weds Kiran",
        "kind": "wedding",
        "schedule": {
            "starts_at": "2026-11-25T13:30:00Z",
            "ends_at": "2026-11-25T18:00:00Z",
            "setup_starts_at": "2026-11-25T08:00:00Z",
            "teardown_ends_at": "2026-11-25T20:00:00Z",
        },
        "hold_expires_at": None,
        "venue": {
            "address": "Sri Convention, Madhapur",
            "district": "Hyderabad",
            "state_code": "36",
            "pin_code": "500081",
            "map_link": None,
        },
        "client": {"name": "Sravani", "phones": ["+919848022338"], "email": None},
        "guest_count": 400,
        "line_items": [],
        "agreed_total_paise": 0,
        "advance_paise": 0,
        "damage_charges": [],
        "damage_charges_paise": 0,
        "source_enquiry_id": None,
    }


async def deliver(services: GalleryServices, event: Envelope) -> None:
    handler = gallery_consumers(services.deps.storage).handler_for(event)
    assert handler is not None
    async with services.sessions() as session, session.begin():
        await handler(session, event)


async def test_a_completed_booking_offers_its_organizer_one_private_album(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    organizer = callers.headers("organizer")
    organizer_id, booking_id = uuid.UUID(callers.subjects["organizer"]), uuid.uuid4()
    event = envelope("calendar.booking.completed", booking_id, completed_booking(organizer_id, booking_id))
    await deliver(services, event)
    await deliver(services, event)  # delivered again (at least once): still one album

    mine = (await gql(client, f"{{ myAlbums {{ {ALBUM_FIELDS} venue }} }}", organizer))["data"]["myAlbums"]
    assert len(mine) == 1
    assert mine[0]["titleEn"] == "Sravani weds Kiran"
    assert (mine[0]["visibility"], mine[0]["offered"]) == ("PRIVATE", True)
    assert mine[0]["venue"] == "Sri Convention, Madhapur, Hyderabad"


LINKED_ALBUM = """mutation($i: AlbumInput!) {
    createAlbum(input: $i) { album { id } errors { code field } } }"""
RELINKED_ALBUM = """mutation($id: ID!, $i: AlbumInput!) {
    updateAlbum(id: $id, input: $i) { album { id } errors { code field } } }"""


async def test_an_album_links_only_to_a_booking_its_organizer_made_as_the_calendar_told(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    organizer = callers.headers("organizer")
    organizer_id, own, others = uuid.UUID(callers.subjects["organizer"]), uuid.uuid4(), uuid.uuid4()
    for who, booking in ((organizer_id, own), (uuid.uuid4(), others)):
        payload = completed_booking(who, booking, status="enquiry")
        await deliver(services, envelope("calendar.booking.created", booking, payload))

    def album(booking: uuid.UUID) -> dict[str, str]:
        return {"titleEn": "Sravani's wedding", "titleTe": "శ్రావణి పెళ్లి", "bookingId": str(booking)}

    async def create(booking: uuid.UUID) -> Any:
        return (await gql(client, LINKED_ALBUM, organizer, i=album(booking)))["data"]["createAlbum"]

    refused = [(await create(booking))["errors"] for booking in (others, uuid.uuid4())]
    linked = await create(own)
    unlinked_id = await create_album(client, organizer)
    relinked = await gql(client, RELINKED_ALBUM, organizer, id=unlinked_id, i=album(others))

    assert refused == [[{"code": "NOT_FOUND", "field": "bookingId"}]] * 2
    assert linked["errors"] == []
    assert linked["album"]["id"]
    assert relinked["data"]["updateAlbum"]["errors"] == [{"code": "NOT_FOUND", "field": "bookingId"}]
    assert (await create(own))["errors"] == [{"code": "INVALID_TEXT", "field": "bookingId"}]


async def test_an_erased_organizers_albums_photos_and_files_go_and_others_stay(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    erased = callers.headers("organizer")
    kept = callers.as_(str(uuid.uuid4()), {"user", "organizer"})
    keys = {}
    for who, seed in ((erased, 1), (kept, 2)):
        album_id = await create_album(client, who)
        url = path_of((await upload_links(client, who, album_id))["links"]["uploadUrl"])
        assert (await client.put(url, content=jpeg(seed=seed))).status_code == 201
        async with services.deps.unit_of_work() as uow:
            keys[seed] = (await uow.photos.of_album(uuid.UUID(album_id)))[0].keys
    erased_id = uuid.UUID(callers.subjects["organizer"])
    payload = {
        "user_id": str(erased_id),
        "occurred_at": datetime.now(UTC).isoformat(),
        "erased_by": None,
        "reason": "own_request",
    }

    await deliver(services, envelope("users.user.erased", erased_id, payload))

    async with services.sessions() as session:
        left = await session.scalar(sa.select(sa.func.count()).where(albums.c.organizer_id == erased_id))
    assert left == 0
    assert [await services.deps.storage.exists(k) for k in keys[1]] == [False, False, False]
    assert [await services.deps.storage.exists(k) for k in keys[2]] == [True, True, True]
    assert len((await gql(client, "{ myAlbums { id } }", kept))["data"]["myAlbums"]) == 1
