"""The app's own answers: the page with its policy, the versioned files with a year of caching and their
compressed copies, and everything else passed on to Flet."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from eventxperts_app.web_client.build import WebClient, ensure_web_client
from eventxperts_app.web_client.front_door import FrontDoor
from eventxperts_app.web_client.layout import ClientLayout
from eventxperts_app.web_client.pages import Pages
from starlette.types import Receive, Scope, Send


class FletStandIn:
    """Answers what reaches Flet with the path it was asked for."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.paths.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": [(b"x-flet", b"yes")]})
        await send({"type": "http.response.body", "body": b"flet"})


@pytest.fixture
def client(layout: ClientLayout, tmp_path: Path) -> WebClient:
    return ensure_web_client(tmp_path / "web-client", layout)


@pytest.fixture
def flet() -> FletStandIn:
    return FletStandIn()


@pytest.fixture
async def http(client: WebClient, flet: FletStandIn) -> AsyncIterator[httpx.AsyncClient]:
    app = FrontDoor(client.directory.parent, Pages(client), flet)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        yield http


async def test_every_route_of_the_app_gets_the_page_never_cached_and_locked_to_this_origin(
    http: httpx.AsyncClient, client: WebClient
) -> None:
    for route in ("/", "/login", "/admin/users"):
        response = await http.get(route, headers={"accept-language": "te"})

        assert response.status_code == 200
        assert f'src="{client.url}bootstrap.js"' in response.text
        assert '<html lang="te">' in response.text
        assert response.headers["cache-control"] == "no-cache"
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self' 'wasm-unsafe-eval'" in policy
        assert response.headers["cross-origin-embedder-policy"] == "require-corp"


async def test_the_page_may_take_images_from_the_public_origin_when_opened_elsewhere(
    client: WebClient, flet: FletStandIn
) -> None:
    app = FrontDoor(client.directory.parent, Pages(client), flet, public_origin="http://127.0.0.1:8080")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        policy = (await http.get("/g/some-code")).headers["content-security-policy"]

    assert "img-src 'self' http://127.0.0.1:8080 data: blob:" in policy
    assert "connect-src 'self' http://127.0.0.1:8080;" in policy
    assert "script-src 'self' 'wasm-unsafe-eval';" in policy  # scripts still from this origin only


async def test_a_versioned_file_comes_compressed_and_cached_for_a_year(
    http: httpx.AsyncClient, client: WebClient
) -> None:
    response = await http.get(f"{client.url}main.dart.wasm", headers={"accept-encoding": "gzip, br"})

    assert response.status_code == 200
    assert response.headers["content-encoding"] == "br"
    assert response.headers["content-type"] == "application/wasm"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers["vary"] == "Accept-Encoding"
    assert response.content == (client.directory / "main.dart.wasm").read_bytes()  # httpx decodes


async def test_nothing_outside_a_finished_version_is_served(
    http: httpx.AsyncClient, client: WebClient
) -> None:
    for path in (
        f"{client.url}.complete",
        f"{client.url}%2E%2E/%2E%2E/{client.key}/main.dart.mjs",
        "/_app/..%2F..%2Fetc/passwd",
        f"{client.url}missing.js",
    ):
        assert (await http.get(path)).status_code == 404, path


async def test_the_manifest_and_the_service_worker_are_always_asked_again(http: httpx.AsyncClient) -> None:
    manifest = await http.get("/manifest.webmanifest")
    worker = await http.get("/sw.js")

    assert manifest.headers["content-type"] == "application/manifest+json"
    assert manifest.json()["name"] == "EventXperts"
    assert worker.headers["content-type"].startswith("text/javascript")
    assert {manifest.headers["cache-control"], worker.headers["cache-control"]} == {"no-cache"}


async def test_files_and_anything_but_reading_go_to_flet(http: httpx.AsyncClient, flet: FletStandIn) -> None:
    await http.get("/fonts/NotoSansTelugu.ttf")
    await http.put("/upload", content=b"x")

    assert flet.paths == ["/fonts/NotoSansTelugu.ttf", "/upload"]
