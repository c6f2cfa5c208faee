"""An organizer's album through the one public origin: made through the gateway, a photo uploaded to
the gallery's signed URL through the edge, shared by link, and downloaded by a guest (single file and
zip); a body over the edge's limit stops at the edge."""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from faces.dataset import dataset_location
from PIL import Image

from .conftest import RunningPlatform

pytestmark = pytest.mark.slow
DATASET_PHOTO = dataset_location() / "fr" / "two_people.jpg"


def on_edge(edge: str, url: str) -> str:
    """A gallery URL made on PUBLIC_URL, sent to this test platform's edge instead."""
    parts = urlsplit(url)
    return urljoin(edge, parts.path + (f"?{parts.query}" if parts.query else ""))


def graph(edge: str, query: str, token: str | None = None, **variables: Any) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    answer = httpx.post(
        urljoin(edge, "/graphql"), json={"query": query, "variables": variables}, headers=headers, timeout=60
    ).json()
    assert "errors" not in answer, answer
    return dict(answer["data"])


def organizer_token(edge: str) -> str:
    registered = graph(
        edge,
        "mutation($i: RegisterInput!) { register(input: $i) { tokens { accessToken } errors { code } } }",
        i={
            "name": "Sri Lakshmi Photos",
            "email": f"photos.{uuid.uuid4().hex[:6]}@example.in",
            "phone": "98480 22338",
            "password": "Kalyanam2026",
            "role": "ORGANIZER",
        },
    )["register"]
    assert registered["errors"] == []
    return str(registered["tokens"]["accessToken"])


def test_an_album_is_made_filled_shared_and_downloaded_through_the_edge(
    platform_stack: RunningPlatform,
) -> None:
    edge = platform_stack.edge_url
    token = organizer_token(edge)
    photo = DATASET_PHOTO.read_bytes()
    album = graph(
        edge, 'mutation { createAlbum(input: {titleEn: "Wedding", titleTe: "పెళ్లి"}) { album { id } } }', token
    )["createAlbum"]["album"]
    links = graph(
        edge,
        """mutation($a: ID!, $h: [String!]) {
          requestPhotoUploads(albumId: $a, contentHashes: $h) { links { uploadUrl alreadyStored } } }""",
        token,
        a=album["id"],
        h=[hashlib.sha256(photo).hexdigest()],
    )["requestPhotoUploads"]["links"]
    assert links["alreadyStored"] == []

    uploaded = httpx.put(
        on_edge(edge, links["uploadUrl"]) + "?name=two_people.jpg",
        content=photo,
        headers={"content-type": "image/jpeg"},
        timeout=120,
    )
    too_big = httpx.put(on_edge(edge, links["uploadUrl"]), content=b"\xff" * (42 * 1024 * 1024), timeout=120)
    shared = graph(
        edge,
        "mutation($a: ID!) { setAlbumVisibility(id: $a, visibility: LINK) { album { shareCode } } }",
        token,
        a=album["id"],
    )["setAlbumVisibility"]["album"]
    guest_view = graph(
        edge,
        "query($c: String!) { sharedAlbum(code: $c) { id photos { downloadUrl } } }",
        c=shared["shareCode"],
    )["sharedAlbum"]
    zip_url = graph(
        edge,
        "mutation($a: ID!, $c: String) { requestAlbumDownload(albumId: $a, shareCode: $c) { url } }",
        a=album["id"],
        c=shared["shareCode"],
    )["requestAlbumDownload"]["url"]
    one = httpx.get(on_edge(edge, guest_view["photos"][0]["downloadUrl"]), timeout=60)
    archive = httpx.get(on_edge(edge, zip_url), timeout=60)

    assert uploaded.status_code == 201, uploaded.text
    assert too_big.status_code == 413
    assert one.status_code == 200
    assert one.headers["content-type"] == "image/jpeg"
    web, original = Image.open(io.BytesIO(one.content)), Image.open(io.BytesIO(photo))
    assert max(web.size) == min(2048, max(original.size))  # a guest gets the web size
    assert not web.getexif().get_ifd(0x8825)
    assert zipfile.ZipFile(io.BytesIO(archive.content)).namelist() == ["two_people.jpg"]
    # The links' secrets reach no log: not the services', not the edge's access log.
    secrets = [urlsplit(url).path.rsplit("/", 1)[-1] for url in (links["uploadUrl"], zip_url)]
    logs = [p for p in (platform_stack.data_dir / "logs").rglob("*") if p.is_file()]
    assert any(p.name.startswith("edge") for p in logs), logs
    for log in logs:
        text = log.read_text(errors="replace")
        assert not [line for line in text.splitlines() if any(s in line for s in secrets)], log.name
