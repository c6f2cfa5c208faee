"""GraphQL calls the tests make, as the gateway would forward them."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx

ALBUM_FIELDS = "id titleEn titleTe visibility shareCode shareExpiresAt faceSearchEnabled offered photoCount"


async def gql(
    client: httpx.AsyncClient, query: str, headers: dict[str, str] | None = None, **variables: Any
) -> Any:
    answer = (
        await client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    ).json()
    assert "errors" not in answer or answer.get("data") is None or not answer["errors"], answer
    return answer


async def create_album(
    client: httpx.AsyncClient, headers: dict[str, str], title: str = "Sravani's wedding"
) -> str:
    answer = await gql(
        client,
        "mutation($i: AlbumInput!) { createAlbum(input: $i) { album { id } errors { code field } } }",
        headers,
        i={"titleEn": title, "titleTe": "శ్రావణి పెళ్లి", "eventDate": "2026-11-25", "venue": "Hyderabad"},
    )
    payload = answer["data"]["createAlbum"]
    assert payload["errors"] == [], payload
    return str(payload["album"]["id"])


async def upload_links(
    client: httpx.AsyncClient, headers: dict[str, str], album_id: str, hashes: list[str] | None = None
) -> dict[str, Any]:
    answer = await gql(
        client,
        """mutation($a: ID!, $h: [String!]) { requestPhotoUploads(albumId: $a, contentHashes: $h) {
            links { uploadUrl tusUrl expiresAt alreadyStored } errors { code field } } }""",
        headers,
        a=album_id,
        h=hashes,
    )
    return dict(answer["data"]["requestPhotoUploads"])


def path_of(url: str) -> str:
    """The path (and query) of a URL made on the edge's origin: the test client talks to the service."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
