"""The edge serves the app's versioned web client from its directory itself: the brotli or gzip copy the
browser accepts (made when the client was built), with the type the browser needs and a year of caching;
never a version still being built. Run by root, its workers are nobody, so the directory must be theirs
to read, and the platform checks that before routing to it."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from eventxperts_app.web_client import CLIENT_PREFIX
from eventxperts_app.web_client.media_types import MEDIA_TYPES
from eventxperts_cli.edge.process import edge_process
from eventxperts_cli.edge.routes import routing_table
from eventxperts_cli.edge.static_files import STATIC_PREFIX, TYPES, readable_by_workers
from servicekit.testing.ports import free_port

WASM = b"\0asm" + b"wasm " * 400


@pytest.fixture(scope="module")
def client_dir() -> Iterator[Path]:
    # Not pytest's temporary directory: that is root's alone, and nginx's workers are nobody here.
    root = Path(tempfile.mkdtemp(prefix="edge-client-"))
    version = root / "1.0.5-abc"
    version.mkdir()
    (version / "main.dart.wasm").write_bytes(WASM)
    (version / "main.dart.wasm.br").write_bytes(b"brotli copy")
    (version / "main.dart.wasm.gz").write_bytes(b"gzip copy")
    (version / "roboto.woff2").write_bytes(b"woff2")
    (version / ".complete").write_text("1.0.5-abc")
    building = root / ".1.0.6-def.123.building"
    building.mkdir()
    (building / "main.dart.mjs").write_text("half written")
    for path in (root, *root.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def edge(client_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    routes = routing_table(
        services=(), service_ports={}, gateway_port=9, app_port=9, web_client_dir=client_dir
    )
    port = free_port()
    data_dir = tmp_path_factory.mktemp("edge-data")
    process = edge_process(routes, port=port, data_dir=data_dir, log_dir=data_dir / "logs")
    process.start()
    try:
        process.wait_ready(timeout_s=30)
        yield f"http://127.0.0.1:{port}{STATIC_PREFIX}"
    finally:
        process.stop()


def fetch(url: str, accept_encoding: str) -> tuple[httpx.Response, bytes]:
    """The response and its body as sent (not decoded)."""
    with httpx.stream("GET", url, headers={"accept-encoding": accept_encoding}, timeout=30) as response:
        return response, b"".join(response.iter_raw())


def test_a_browser_that_accepts_brotli_gets_the_brotli_copy_cached_for_a_year(edge: str) -> None:
    response, body = fetch(f"{edge}1.0.5-abc/main.dart.wasm", "gzip, deflate, br, zstd")

    assert response.status_code == 200
    assert body == b"brotli copy"
    assert response.headers["content-encoding"] == "br"
    assert response.headers["content-type"] == "application/wasm"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert "Accept-Encoding" in response.headers.get_list("vary")
    assert response.headers["x-content-type-options"] == "nosniff"


def test_gzip_is_the_fallback_and_a_browser_accepting_neither_gets_the_file(edge: str) -> None:
    gzipped, gzip_body = fetch(f"{edge}1.0.5-abc/main.dart.wasm", "gzip")
    plain, plain_body = fetch(f"{edge}1.0.5-abc/main.dart.wasm", "identity")

    assert (gzipped.headers["content-encoding"], gzip_body) == ("gzip", b"gzip copy")
    assert "content-encoding" not in plain.headers
    assert plain_body == WASM


def test_a_file_without_copies_is_served_as_it_is_with_its_type(edge: str) -> None:
    response, body = fetch(f"{edge}1.0.5-abc/roboto.woff2", "br, gzip")

    assert (response.status_code, body) == (200, b"woff2")
    assert response.headers["content-type"] == "font/woff2"


def test_a_version_being_built_and_the_mark_of_a_finished_one_are_not_served(edge: str) -> None:
    assert httpx.get(f"{edge}.1.0.6-def.123.building/main.dart.mjs").status_code == 404
    assert httpx.get(f"{edge}1.0.5-abc/.complete").status_code == 404


def test_only_reading_is_allowed(edge: str) -> None:
    assert httpx.post(f"{edge}1.0.5-abc/main.dart.wasm", content=b"x").status_code == 403


def test_the_edge_and_the_app_agree_on_the_prefix_and_the_types() -> None:
    nginx_types = {f".{ext}": mime for mime, exts in TYPES.items() for ext in exts.split()}

    assert STATIC_PREFIX == CLIENT_PREFIX
    assert nginx_types == MEDIA_TYPES


@pytest.mark.skipif(os.geteuid() != 0, reason="only root's nginx workers run as another user")
def test_a_directory_behind_a_closed_one_is_not_readable_by_roots_workers(tmp_path: Path) -> None:
    closed = tmp_path / "closed"
    (closed / "web-client").mkdir(parents=True)
    closed.chmod(0o700)

    assert not readable_by_workers(closed / "web-client")


def test_a_directory_open_all_the_way_is_readable_by_the_workers(client_dir: Path) -> None:
    assert readable_by_workers(client_dir)
