"""Uploads through the signed URL: one whole photo per request, duplicates by content hash, a batch
that resumes, typed refusals that leave nothing behind, and the event the face indexer consumes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import sqlalchemy as sa
from contracts.gallery import PHOTO_UPLOADED
from gallery_service.bootstrap import GalleryServices
from servicekit.outbox.tables import outbox
from servicekit.testing.service import Callers

from ..conftest import Clock
from ..graph import create_album, path_of, upload_links
from ..photos import bomb_png, jpeg, truncated_jpeg


def stored_files(services: GalleryServices) -> list[Path]:
    root = services.settings.data_dir / "objects" / "gallery"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


async def outbox_events(services: GalleryServices, event_type: str) -> list[dict[str, object]]:
    async with services.sessions() as session:
        rows = await session.execute(sa.select(outbox.c.envelope).where(outbox.c.type == event_type))
        return [row[0]["payload"] for row in rows]


async def test_a_photo_is_stored_once_with_its_sizes_and_the_event_for_the_face_indexer(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    links = (await upload_links(client, organizer, album_id))["links"]
    photo = jpeg(300, 200, gps=True)

    first = await client.put(
        path_of(links["uploadUrl"]) + "?name=DSC_0001.JPG",
        content=photo,
        headers={"content-type": "image/jpeg"},
    )
    again = await client.put(path_of(links["uploadUrl"]) + "?name=copy.jpg", content=photo)

    assert first.status_code == 201, first.text
    assert (first.json()["photo"]["width"], first.json()["photo"]["height"]) == (300, 200)
    assert again.status_code == 200
    assert again.json()["photo"] == {**first.json()["photo"], "duplicate": True}
    [event] = [e for e in await outbox_events(services, PHOTO_UPLOADED) if e["album_id"] == album_id]
    assert event["photo_id"] == first.json()["photo"]["id"]
    assert event["album_id"] == album_id
    assert event["organizer_id"] == callers.subjects["organizer"]
    assert event["content_sha256"] == hashlib.sha256(photo).hexdigest()
    assert str(event["web_key"]).endswith("/web.jpg")
    assert str(event["original_key"]).endswith("/original.jpg")
    assert (event["width"], event["height"], event["face_search_enabled"]) == (300, 200, True)
    assert await services.deps.storage.get(str(event["original_key"])) == photo


async def test_a_batch_resumes_by_skipping_the_files_already_stored(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    photos = [jpeg(seed=i) for i in range(3)]
    hashes = [hashlib.sha256(p).hexdigest() for p in photos]
    assert len(set(hashes)) == 3
    links = (await upload_links(client, organizer, album_id, hashes))["links"]
    assert links["alreadyStored"] == []
    for photo in photos[:2]:  # the connection dropped after two
        assert (await client.put(path_of(links["uploadUrl"]), content=photo)).status_code == 201

    resumed = (await upload_links(client, organizer, album_id, hashes))["links"]

    assert resumed["alreadyStored"] == hashes[:2]


async def test_bad_files_are_refused_with_their_code_and_leave_nothing(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    url = path_of((await upload_links(client, organizer, album_id))["links"]["uploadUrl"])
    before = stored_files(services)
    cases = [
        (b"just text", {}, 422, "NOT_AN_IMAGE"),
        (truncated_jpeg(), {"content-type": "image/jpeg"}, 422, "TRUNCATED_IMAGE"),
        (bomb_png(), {"content-type": "image/png"}, 422, "TOO_MANY_PIXELS"),
        (jpeg(), {"content-type": "text/html"}, 415, "UNSUPPORTED_IMAGE_TYPE"),
        (jpeg(), {"content-type": "image/png"}, 415, "CONTENT_TYPE_MISMATCH"),
        (b"\xff\xd8" + b"x" * 2_000_000, {"content-type": "image/jpeg"}, 413, "PHOTO_TOO_LARGE"),
    ]
    for body, headers, status, code in cases:
        answer = await client.put(url, content=body, headers=headers)
        assert (answer.status_code, answer.json()["error"]["code"]) == (status, code)
    assert stored_files(services) == before
    photos = await client.post("/graphql", json={"query": "{ myAlbums { photoCount } }"}, headers=organizer)
    assert photos.json()["data"]["myAlbums"] == [{"photoCount": 0}]


async def test_a_forged_or_expired_upload_link_opens_nothing(
    client: httpx.AsyncClient, callers: Callers, clock: Clock
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    url = path_of((await upload_links(client, organizer, album_id))["links"]["uploadUrl"])
    forged = url[:-3] + ("AAA" if not url.endswith("AAA") else "BBB")
    assert (await client.put(forged, content=jpeg())).json()["error"]["code"] == "LINK_INVALID"
    clock.advance(hours=2)
    expired = await client.put(url, content=jpeg())
    assert (expired.status_code, expired.json()["error"]["code"]) == (403, "LINK_INVALID")


async def test_another_organizer_cannot_get_links_to_upload_to_an_album(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    album_id = await create_album(client, callers.headers("organizer"))
    someone = callers.as_("5b0c8a9e-1111-4a4a-9a9a-000000000001", {"user", "organizer"})
    answer = await upload_links(client, someone, album_id)
    assert answer["links"] is None
    assert [e["code"] for e in answer["errors"]] == ["NOT_FOUND"]
    guest = await upload_links(client, {}, album_id)
    assert [e["code"] for e in guest["errors"]] == ["NOT_AUTHENTICATED"]
