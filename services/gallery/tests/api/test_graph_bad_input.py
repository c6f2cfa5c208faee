"""Bad input through the graph gets typed errors with stable codes, never a 500 or a trace."""

from __future__ import annotations

import httpx
from servicekit.testing.service import Callers

from ..graph import create_album, gql

CREATE = "mutation($i: AlbumInput!) { createAlbum(input: $i) { album { id } errors { code field } } }"


async def test_album_fields_are_checked_and_each_error_names_its_field(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    bad = {"titleEn": "   ", "titleTe": "x" * 201, "venue": "v" * 501, "position": -1}
    answer = (await gql(client, CREATE, organizer, i=bad))["data"]["createAlbum"]
    assert answer["album"] is None
    assert sorted((e["code"], e["field"]) for e in answer["errors"]) == [
        ("INVALID_POSITION", "position"),
        ("INVALID_TEXT", "venue"),
        ("INVALID_TITLE", "titleEn"),
        ("INVALID_TITLE", "titleTe"),
    ]


async def test_who_may_create_albums(client: httpx.AsyncClient, callers: Callers) -> None:
    album = {"titleEn": "Haldi", "titleTe": "హల్దీ"}
    for role, code in (("user", "FORBIDDEN"), ("store_owner", "FORBIDDEN")):
        answer = (await gql(client, CREATE, callers.headers(role), i=album))["data"]["createAlbum"]
        assert [e["code"] for e in answer["errors"]] == [code]
    guest = (await gql(client, CREATE, None, i=album))["data"]["createAlbum"]
    assert [e["code"] for e in guest["errors"]] == ["NOT_AUTHENTICATED"]


async def test_malformed_ids_hashes_and_pages_are_typed_errors(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    organizer = callers.headers("organizer")
    album_id = await create_album(client, organizer)
    not_an_id = await client.post(
        "/graphql", json={"query": '{ album(id: "nope") { id } }'}, headers=organizer
    )
    too_many = await client.post(
        "/graphql", json={"query": "{ myAlbums(limit: 101) { id } }"}, headers=organizer
    )
    hashes = await gql(
        client,
        'mutation($a: ID!) { requestPhotoUploads(albumId: $a, contentHashes: ["abc"]) { errors { code } } }',
        organizer,
        a=album_id,
    )
    photo_page = await client.post(
        "/graphql",
        json={"query": f'{{ album(id: "{album_id}") {{ photos(limit: 0) {{ id }} }} }}'},
        headers=organizer,
    )
    assert not_an_id.status_code == too_many.status_code == 200
    assert not_an_id.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert too_many.json()["errors"][0]["extensions"]["code"] == "INVALID_PAGE_SIZE"
    assert hashes["data"]["requestPhotoUploads"]["errors"] == [{"code": "INVALID_HASH"}]
    assert photo_page.json()["errors"][0]["extensions"]["code"] == "INVALID_PAGE_SIZE"
