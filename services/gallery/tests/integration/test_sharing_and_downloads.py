"""Sharing an album (link with a code, expiry, revocation, public) and what its viewers download:
signed single files, and zips streamed of the whole album or of chosen photos."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

import httpx
from PIL import Image
from servicekit.testing.service import Callers

from ..conftest import Clock
from ..graph import ALBUM_FIELDS, create_album, gql, path_of, upload_links
from ..photos import jpeg

SHARE = f"""mutation($id: ID!, $v: AlbumVisibility!, $e: DateTime) {{
  setAlbumVisibility(id: $id, visibility: $v, expiresAt: $e) {{
    album {{ {ALBUM_FIELDS} }} errors {{ code field }} }} }}"""
SHARED = (
    "query($c: String!) { sharedAlbum(code: $c) { id titleTe photos { id fileName downloadUrl webUrl } } }"
)
ZIP = """mutation($a: ID!, $c: String, $p: [ID!]) {
  requestAlbumDownload(albumId: $a, shareCode: $c, photoIds: $p) { url errors { code field } } }"""


async def album_with_photos(client: httpx.AsyncClient, organizer: dict[str, str], count: int) -> str:
    album_id = await create_album(client, organizer)
    url = path_of((await upload_links(client, organizer, album_id))["links"]["uploadUrl"])
    for i in range(count):
        answer = await client.put(f"{url}?name=IMG_{i}.jpg", content=jpeg(320, 240, gps=True, seed=i))
        assert answer.status_code == 201
    return album_id


async def test_a_link_share_opens_the_album_to_guests_until_revoked(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    album_id = await album_with_photos(client, organizer, 2)
    shared = (await gql(client, SHARE, organizer, id=album_id, v="LINK"))["data"]["setAlbumVisibility"][
        "album"
    ]
    code = shared["shareCode"]
    assert shared["visibility"] == "LINK"
    assert len(code) >= 24

    as_guest = (await gql(client, SHARED, None, c=code))["data"]["sharedAlbum"]
    assert as_guest["titleTe"] == "శ్రావణి పెళ్లి"
    assert len(as_guest["photos"]) == 2
    private = await client.post("/graphql", json={"query": f'{{ album(id: "{album_id}") {{ id }} }}'})
    assert private.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"

    revoke = "mutation($id: ID!) { revokeAlbumLink(id: $id) { album { visibility shareCode } } }"
    assert (await gql(client, revoke, organizer, id=album_id))["data"]["revokeAlbumLink"]["album"] == {
        "visibility": "PRIVATE",
        "shareCode": None,
    }
    after = await client.post("/graphql", json={"query": SHARED, "variables": {"c": code}})
    assert after.json()["errors"][0]["extensions"]["code"] == "LINK_REVOKED"


async def test_a_link_past_its_expiry_is_link_expired(
    client: httpx.AsyncClient, callers: Callers, clock: Clock
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    expires = (clock.now + timedelta(days=7)).isoformat()
    code = (await gql(client, SHARE, organizer, id=album_id, v="LINK", e=expires))["data"][
        "setAlbumVisibility"
    ]["album"]["shareCode"]
    clock.advance(days=8)
    answer = await client.post("/graphql", json={"query": SHARED, "variables": {"c": code}})
    assert answer.json()["errors"][0]["extensions"]["code"] == "LINK_EXPIRED"
    past = await gql(client, SHARE, organizer, id=album_id, v="LINK", e=clock.now.isoformat())
    assert past["data"]["setAlbumVisibility"]["errors"] == [{"code": "INVALID_EXPIRY", "field": "expiresAt"}]


async def test_guests_download_the_web_size_without_gps_and_the_organizer_the_original(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    album_id = await album_with_photos(client, organizer, 1)
    code = (await gql(client, SHARE, organizer, id=album_id, v="LINK"))["data"]["setAlbumVisibility"][
        "album"
    ]["shareCode"]
    guest_photo = (await gql(client, SHARED, None, c=code))["data"]["sharedAlbum"]["photos"][0]
    owner_photo = (await gql(client, SHARED, organizer, c=code))["data"]["sharedAlbum"]["photos"][0]

    guest_file = await client.get(path_of(guest_photo["downloadUrl"]))
    owner_file = await client.get(path_of(owner_photo["downloadUrl"]))

    assert guest_file.headers["content-type"] == "image/jpeg"
    # The app's page is cross-origin isolated and may be opened on another origin than the edge's.
    assert guest_file.headers["access-control-allow-origin"] == "*"
    assert guest_file.headers["cross-origin-resource-policy"] == "cross-origin"
    assert not Image.open(io.BytesIO(guest_file.content)).getexif().get_ifd(0x8825)
    assert Image.open(io.BytesIO(owner_file.content)).getexif().get_ifd(0x8825)  # the original, as sent
    tampered = path_of(guest_photo["downloadUrl"])[:-2] + "xx"
    assert (await client.get(tampered)).json()["error"]["code"] == "LINK_INVALID"


async def test_a_zip_of_the_album_or_of_chosen_photos_streams_every_file(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    album_id = await album_with_photos(client, organizer, 3)
    code = (await gql(client, SHARE, organizer, id=album_id, v="LINK"))["data"]["setAlbumVisibility"][
        "album"
    ]["shareCode"]
    photos = (await gql(client, SHARED, None, c=code))["data"]["sharedAlbum"]["photos"]

    whole = (await gql(client, ZIP, None, a=album_id, c=code))["data"]["requestAlbumDownload"]["url"]
    chosen = (await gql(client, ZIP, None, a=album_id, c=code, p=[photos[1]["id"]]))["data"][
        "requestAlbumDownload"
    ]["url"]
    whole_zip = zipfile.ZipFile(io.BytesIO((await client.get(path_of(whole))).content))
    chosen_zip = zipfile.ZipFile(io.BytesIO((await client.get(path_of(chosen))).content))

    assert sorted(whole_zip.namelist()) == ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"]
    assert whole_zip.testzip() is None
    name = photos[1]["fileName"]
    assert chosen_zip.namelist() == [name]
    web = await client.get(path_of(photos[1]["webUrl"]))
    assert chosen_zip.read(name) == web.content  # guests get the web size


async def test_no_zip_of_a_private_album_for_guests_or_other_organizers(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    album_id = await create_album(client, callers.headers("organizer"))
    other = callers.as_("5b0c8a9e-1111-4a4a-9a9a-000000000002", {"user", "organizer"})
    for headers in (None, other):
        answer = await gql(client, ZIP, headers, a=album_id)
        assert answer["data"]["requestAlbumDownload"]["errors"][0]["code"] == "NOT_FOUND"


async def test_an_organizers_public_albums_are_listed_for_anyone_and_only_those(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    public_id = await create_album(client, organizer, "Public wedding")
    await create_album(client, organizer, "Private haldi")
    await gql(client, SHARE, organizer, id=public_id, v="PUBLIC")
    query = "query($o: ID!) { publicAlbums(organizerId: $o) { id titleEn shareCode } }"
    listed = (await gql(client, query, None, o=callers.subjects["organizer"]))["data"]["publicAlbums"]
    assert listed == [{"id": public_id, "titleEn": "Public wedding", "shareCode": None}]
