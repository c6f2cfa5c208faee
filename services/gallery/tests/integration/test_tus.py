"""The tus 1.0.0 endpoint followed exactly: creation, HEAD offset, PATCH, termination, and the refusals
a client must see (version, content type, wrong offset, too large)."""

from __future__ import annotations

import base64

import httpx
from gallery_service.bootstrap import GalleryServices
from gallery_service.service_layer.tus import MAX_OPEN_UPLOADS
from servicekit.testing.service import Callers

from ..conftest import Clock
from ..graph import create_album, path_of, upload_links
from ..photos import jpeg, noisy_jpeg

TUS = {"Tus-Resumable": "1.0.0"}
PATCH = {**TUS, "Content-Type": "application/offset+octet-stream"}


async def tus_url(client: httpx.AsyncClient, callers: Callers) -> str:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    return path_of((await upload_links(client, organizer, album_id))["links"]["tusUrl"])


def staged(services: GalleryServices, location: str) -> bool:
    return (services.deps.staging_dir / f"{location.rsplit('/', 1)[-1]}.part").exists()


def meta(name: str, media_type: str) -> str:
    encoded = [base64.b64encode(value.encode()).decode() for value in (name, media_type)]
    return f"filename {encoded[0]},filetype {encoded[1]}"


async def test_a_photo_arrives_in_pieces_and_is_stored_when_the_last_byte_does(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    url = await tus_url(client, callers)
    photo = noisy_jpeg(300, 200)
    options = await client.options(url)
    assert options.headers["tus-version"] == "1.0.0"
    assert "creation" in options.headers["tus-extension"]

    created = await client.post(
        url, headers={**TUS, "Upload-Length": str(len(photo)), "Upload-Metadata": meta("a.jpg", "image/jpeg")}
    )
    assert created.status_code == 201
    location = path_of(created.headers["location"])
    half = len(photo) // 2
    first = await client.patch(location, content=photo[:half], headers={**PATCH, "Upload-Offset": "0"})
    head = await client.head(location, headers=TUS)
    wrong = await client.patch(location, content=photo[half:], headers={**PATCH, "Upload-Offset": "0"})
    last = await client.patch(location, content=photo[half:], headers={**PATCH, "Upload-Offset": str(half)})

    assert (first.status_code, first.headers["upload-offset"]) == (204, str(half))
    assert (head.headers["upload-offset"], head.headers["upload-length"]) == (str(half), str(len(photo)))
    assert head.headers["cache-control"] == "no-store"
    assert (wrong.status_code, wrong.json()["error"]["code"]) == (409, "OFFSET_MISMATCH")
    assert (last.status_code, last.headers["upload-offset"], last.headers["gallery-duplicate"]) == (
        204,
        str(len(photo)),
        "false",
    )
    assert (await client.head(location, headers=TUS)).status_code == 404  # finished uploads are forgotten
    assert not staged(services, location)


async def test_protocol_refusals_have_their_status_and_code(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    url = await tus_url(client, callers)
    no_version = await client.post(url, headers={"Upload-Length": "10"})
    too_large = await client.post(url, headers={**TUS, "Upload-Length": str(10_000_000)})
    no_length = await client.post(url, headers=TUS)
    wrong_type = await client.post(
        url, headers={**TUS, "Upload-Length": "10", "Upload-Metadata": meta("a.pdf", "application/pdf")}
    )
    assert (no_version.status_code, no_version.json()["error"]["code"]) == (412, "TUS_VERSION_UNSUPPORTED")
    assert (too_large.status_code, too_large.json()["error"]["code"]) == (413, "PHOTO_TOO_LARGE")
    assert (no_length.status_code, no_length.json()["error"]["code"]) == (400, "INVALID_HEADER")
    assert (wrong_type.status_code, wrong_type.json()["error"]["code"]) == (415, "UNSUPPORTED_IMAGE_TYPE")
    created = await client.post(url, headers={**TUS, "Upload-Length": "100"})
    location = path_of(created.headers["location"])
    plain = await client.patch(location, content=b"x", headers={**TUS, "Upload-Offset": "0"})
    assert (plain.status_code, plain.json()["error"]["code"]) == (415, "UNSUPPORTED_CONTENT_TYPE")
    over = await client.patch(location, content=b"x" * 101, headers={**PATCH, "Upload-Offset": "0"})
    assert over.json()["error"]["code"] == "PHOTO_TOO_LARGE"


async def test_termination_forgets_the_upload_and_its_bytes(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    url = await tus_url(client, callers)
    photo = jpeg()
    location = path_of(
        (await client.post(url, headers={**TUS, "Upload-Length": str(len(photo))})).headers["location"]
    )
    await client.patch(location, content=photo[:10], headers={**PATCH, "Upload-Offset": "0"})
    assert (await client.delete(location, headers=TUS)).status_code == 204
    assert (await client.head(location, headers=TUS)).status_code == 404
    assert not staged(services, location)


async def test_a_finished_upload_that_is_not_a_photo_is_refused_and_leaves_nothing(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    url = await tus_url(client, callers)
    body = b"not a photo at all"
    location = path_of(
        (await client.post(url, headers={**TUS, "Upload-Length": str(len(body))})).headers["location"]
    )
    last = await client.patch(location, content=body, headers={**PATCH, "Upload-Offset": "0"})
    assert (last.status_code, last.json()["error"]["code"]) == (422, "NOT_AN_IMAGE")
    assert (await client.head(location, headers=TUS)).status_code == 404
    assert not staged(services, location)


async def test_a_photo_declared_as_another_type_is_refused_at_its_last_byte(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    url = await tus_url(client, callers)
    photo = jpeg(seed=4)
    headers = {**TUS, "Upload-Length": str(len(photo)), "Upload-Metadata": meta("b.png", "image/png")}
    location = path_of((await client.post(url, headers=headers)).headers["location"])
    last = await client.patch(location, content=photo, headers={**PATCH, "Upload-Offset": "0"})
    assert (last.status_code, last.json()["error"]["code"]) == (415, "CONTENT_TYPE_MISMATCH")
    assert not staged(services, location)


async def test_an_abandoned_upload_is_swept_when_its_day_is_up(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices, clock: Clock
) -> None:
    url = await tus_url(client, callers)
    abandoned = path_of((await client.post(url, headers={**TUS, "Upload-Length": "100"})).headers["location"])
    await client.patch(abandoned, content=b"x" * 10, headers={**PATCH, "Upload-Offset": "0"})
    clock.advance(hours=25)
    fresh_url = await tus_url(client, callers)  # a new link: the first expired with the clock
    assert (await client.post(fresh_url, headers={**TUS, "Upload-Length": "100"})).status_code == 201
    assert not staged(services, abandoned)


async def test_an_organizer_has_at_most_fifty_uploads_under_way(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    """Each open upload may keep up to 40 MB on the service's disk for a day, so they are capped."""
    url = await tus_url(client, callers)
    create = {**TUS, "Upload-Length": "1000", "Upload-Metadata": meta("a.jpg", "image/jpeg")}
    created = [await client.post(url, headers=create) for _ in range(MAX_OPEN_UPLOADS + 5)]
    statuses = sorted(answer.status_code for answer in created)
    assert statuses == [201] * MAX_OPEN_UPLOADS + [400] * 5
    refused = next(answer for answer in created if answer.status_code == 400)
    assert refused.json()["error"]["code"] == "TOO_MANY_PHOTOS"
    one = path_of(next(answer for answer in created if answer.status_code == 201).headers["location"])
    assert (await client.delete(one, headers=TUS)).status_code == 204
    assert (await client.post(url, headers=create)).status_code == 201
