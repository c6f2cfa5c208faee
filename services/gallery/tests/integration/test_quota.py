"""Each organizer's storage quota (photos and bytes of originals): uploads past it, whole or by tus,
are refused with QUOTA_EXCEEDED saying what is used and allowed; two uploads at its edge at once
keep one; duplicates and other organizers do not count against it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from dataclasses import replace

import httpx
import pytest
import sqlalchemy as sa
from gallery_service.adapters.tables import albums
from gallery_service.bootstrap import GalleryServices, build_services
from gallery_service.domain.album import Album
from gallery_service.domain.errors import GalleryError
from gallery_service.domain.quota import StorageQuota
from gallery_service.service_layer.albums import create_album as create_album_use_case
from gallery_service.service_layer.commands import AlbumFields, CreateAlbum
from gallery_service.service_layer.links import UploadGrant
from gallery_service.service_layer.uploads import StoredPhoto, store_photo
from gallery_service.settings import GallerySettings
from servicekit.auth import Caller, Role
from servicekit.testing.fixtures import isolated_sessions
from servicekit.testing.service import Callers
from sqlalchemy.ext.asyncio import AsyncEngine

from ..conftest import Clock
from ..graph import create_album, gql, path_of, upload_links
from ..photos import noisy_jpeg
from .test_tus import PATCH, TUS, staged

STORAGE = "{ myStorage { photos photoLimit bytes byteLimit } }"


@pytest.fixture
async def services(
    service_engine: AsyncEngine, service_settings: GallerySettings, clock: Clock
) -> AsyncIterator[GalleryServices]:
    """The service with room for two photos of a megabyte in all, per organizer."""
    small = service_settings.model_copy(
        update={"organizer_photo_quota": 2, "organizer_byte_quota": 1_000_000}
    )
    async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
        yield build_services(small, service_engine, sessions, clock=clock)


async def test_an_organizer_keeps_photos_up_to_the_quota_and_is_told_what_is_used_past_it(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    links = (await upload_links(client, organizer, album_id))["links"]
    url = path_of(links["uploadUrl"])
    photos = [noisy_jpeg(120, 90, seed=seed) for seed in (1, 2, 3)]

    kept = [(await client.put(url, content=photo)).status_code for photo in photos[:2]]
    again = await client.put(url, content=photos[0])  # a duplicate takes no more room
    refused = await client.put(url, content=photos[2])
    by_tus = await client.post(path_of(links["tusUrl"]), headers={**TUS, "Upload-Length": "1000"})
    usage = (await gql(client, STORAGE, organizer))["data"]["myStorage"]
    someone_else = callers.as_(str(uuid.uuid4()), {"user", "organizer"})
    theirs = (await gql(client, STORAGE, someone_else))["data"]["myStorage"]

    assert (kept, again.status_code) == ([201, 201], 200)
    assert (refused.status_code, by_tus.status_code) == (403, 403)
    assert refused.json()["error"]["code"] == by_tus.json()["error"]["code"] == "QUOTA_EXCEEDED"
    assert refused.json()["error"]["message"].startswith("Storage is full: 2 of 2 photos, 0.0 of 0.001 GB")
    assert usage == {"photos": 2, "photoLimit": 2, "bytes": sum(map(len, photos[:2])), "byteLimit": 1e6}
    assert theirs["photos"] == 0


async def test_a_tus_upload_larger_than_the_bytes_left_is_refused_before_it_starts(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    url = path_of((await upload_links(client, organizer, album_id))["links"]["tusUrl"])

    fits = await client.post(url, headers={**TUS, "Upload-Length": "1000000"})
    too_big = await client.post(url, headers={**TUS, "Upload-Length": "1000001"})

    assert (fits.status_code, too_big.status_code) == (201, 403)
    assert too_big.json()["error"]["code"] == "QUOTA_EXCEEDED"


async def test_a_tus_upload_that_no_longer_fits_at_its_last_byte_is_refused_not_retried(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    """Both began with room for one more; the first to finish takes it. The second's last PATCH is
    403 (a tus client retries a 409) and leaves no staging file behind."""
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    links = (await upload_links(client, organizer, album_id))["links"]
    assert (
        await client.put(path_of(links["uploadUrl"]), content=noisy_jpeg(120, 90, seed=1))
    ).status_code == 201
    photos = [noisy_jpeg(120, 90, seed=seed) for seed in (2, 3)]
    created = [
        await client.post(path_of(links["tusUrl"]), headers={**TUS, "Upload-Length": str(len(p))})
        for p in photos
    ]
    locations = [path_of(answer.headers["location"]) for answer in created]

    finished = [
        await client.patch(where, content=photo, headers={**PATCH, "Upload-Offset": "0"})
        for where, photo in zip(locations, photos, strict=True)
    ]

    assert [answer.status_code for answer in finished] == [204, 403]
    assert finished[1].json()["error"]["code"] == "QUOTA_EXCEEDED"
    assert not staged(services, locations[1])


async def test_two_uploads_to_two_albums_at_the_quota_edge_at_once_keep_exactly_one(
    committing_services: GalleryServices,
) -> None:
    """Different albums, so no album's row lock puts them in turn: only the quota's lock does."""
    organizer = uuid.uuid4()
    caller = Caller(user_id=str(organizer), roles=frozenset({Role.USER, Role.ORGANIZER}))
    deps = replace(committing_services.deps, quota=StorageQuota(photos=2, bytes=10_000_000))
    made = [
        await create_album_use_case(CreateAlbum(caller, AlbumFields(f"Edge {n}", "అంచు")), deps)
        for n in (1, 2, 3)
    ]

    def upload(album: Album, seed: int) -> Awaitable[StoredPhoto]:
        photo = noisy_jpeg(300, 200, seed=seed)
        grant = UploadGrant(album.id, organizer, 0)
        return store_photo(grant, photo, file_name=f"{seed}.jpg", declared_type=None, deps=deps)

    try:
        await upload(made[0], 1)
        outcomes = await asyncio.gather(upload(made[1], 2), upload(made[2], 3), return_exceptions=True)

        assert sorted(type(o).__name__ for o in outcomes) == ["GalleryError", "StoredPhoto"]
        [error] = [o for o in outcomes if isinstance(o, GalleryError)]
        assert error.code == "QUOTA_EXCEEDED"
        async with deps.unit_of_work() as uow:
            photos, _ = await uow.photos.usage(organizer)
        assert photos == 2
        root = committing_services.settings.data_dir / "objects" / "gallery" / "albums"
        folders = [root / str(album.id) / "photos" for album in made]
        assert sum(len(list(f.iterdir())) for f in folders if f.exists()) == 2  # the loser's files went
    finally:
        async with committing_services.sessions() as session, session.begin():
            await session.execute(sa.delete(albums).where(albums.c.id.in_([a.id for a in made])))
