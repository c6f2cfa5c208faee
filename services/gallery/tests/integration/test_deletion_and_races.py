"""Deleting photos and albums takes their files and tells the face indexer; the same photo sent twice
at once is stored once."""

from __future__ import annotations

import asyncio
import hashlib
import uuid

import httpx
import sqlalchemy as sa
from contracts.gallery import PHOTO_DELETED
from gallery_service.adapters.tables import albums
from gallery_service.bootstrap import GalleryServices
from gallery_service.service_layer.albums import create_album as create_album_use_case
from gallery_service.service_layer.commands import AlbumFields, CreateAlbum
from gallery_service.service_layer.links import UploadGrant
from gallery_service.service_layer.uploads import store_photo
from servicekit.auth import Caller, Role
from servicekit.testing.service import Callers

from ..graph import create_album, gql, path_of, upload_links
from ..photos import noisy_jpeg
from .test_uploads import outbox_events


async def test_deleting_a_photo_and_then_its_album_removes_every_file(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    url = path_of((await upload_links(client, organizer, album_id))["links"]["uploadUrl"])
    ids = [(await client.put(url, content=noisy_jpeg(40, 30, seed=s))).json()["photo"]["id"] for s in (1, 2)]
    async with services.deps.unit_of_work() as uow:
        keys = [k for p in await uow.photos.of_album(uuid.UUID(album_id)) for k in p.keys]
    cover = "mutation($a: ID!, $p: ID) { setAlbumCover(id: $a, photoId: $p) { album { coverPhotoId } } }"
    await gql(client, cover, organizer, a=album_id, p=ids[0])
    someone = callers.as_(str(uuid.uuid4()), {"user", "organizer"})
    delete_photo = "mutation($id: ID!) { deletePhoto(id: $id) { deletedId errors { code } } }"

    refused = (await gql(client, delete_photo, someone, id=ids[0]))["data"]["deletePhoto"]
    deleted = (await gql(client, delete_photo, organizer, id=ids[0]))["data"]["deletePhoto"]
    album = await gql(client, f'{{ album(id: "{album_id}") {{ coverPhotoId photoCount }} }}', organizer)

    assert refused == {"deletedId": None, "errors": [{"code": "NOT_FOUND"}]}
    assert deleted == {"deletedId": ids[0], "errors": []}
    assert album["data"]["album"] == {"coverPhotoId": None, "photoCount": 1}
    gone = await gql(
        client, "mutation($id: ID!) { deleteAlbum(id: $id) { deletedId } }", organizer, id=album_id
    )
    assert gone["data"]["deleteAlbum"]["deletedId"] == album_id
    assert [await services.deps.storage.exists(k) for k in keys] == [False] * 6
    told = {e["photo_id"] for e in await outbox_events(services, PHOTO_DELETED)}
    assert set(ids) <= told


async def test_the_same_photo_sent_twice_at_once_is_stored_once(committing_services: GalleryServices) -> None:
    organizer = uuid.uuid4()
    caller = Caller(user_id=str(organizer), roles=frozenset({Role.USER, Role.ORGANIZER}))
    deps = committing_services.deps
    album = await create_album_use_case(CreateAlbum(caller, AlbumFields("Race", "రేస్")), deps)
    grant = UploadGrant(album.id, organizer, 0)
    photo = noisy_jpeg(400, 300, seed=9)
    try:
        results = await asyncio.gather(
            *(
                store_photo(grant, photo, file_name=f"{i}.jpg", declared_type=None, deps=deps)
                for i in range(4)
            )
        )
        assert len({r.photo.id for r in results}) == 1
        assert sum(not r.duplicate for r in results) == 1
        async with deps.unit_of_work() as uow:
            [kept] = await uow.photos.of_album(album.id)
        assert kept.content_sha256 == hashlib.sha256(photo).hexdigest()
        folder = (
            committing_services.settings.data_dir
            / "objects"
            / "gallery"
            / "albums"
            / str(album.id)
            / "photos"
        )
        assert [p.name for p in folder.iterdir()] == [str(kept.id)]  # the losers' files are gone
    finally:
        async with committing_services.sessions() as session, session.begin():
            await session.execute(sa.delete(albums).where(albums.c.id == album.id))


async def test_turning_face_search_off_and_on_tells_the_face_engine_once_each(
    client: httpx.AsyncClient, callers: Callers, services: GalleryServices
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    switch = """mutation($a: ID!, $e: Boolean!) {
      setAlbumFaceSearch(id: $a, enabled: $e) { album { faceSearchEnabled } } }"""
    for enabled in (False, False, True):
        answer = await gql(client, switch, organizer, a=album_id, e=enabled)
        assert answer["data"]["setAlbumFaceSearch"]["album"] == {"faceSearchEnabled": enabled}
    told = [
        e["enabled"]
        for e in await outbox_events(services, "gallery.album.face_search_changed")
        if e["album_id"] == album_id
    ]
    assert told == [False, True]  # the second "off" changed nothing
