"""The edge as it runs: a real nginx from the rendered config in front of a stand-in service on loopback
that answers with what it received. Runs as root here, so the workers are nginx's unprivileged default."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from eventxperts_cli.edge.process import edge_process
from eventxperts_cli.edge.routes import routing_table
from servicekit.registry import RegisteredService
from servicekit.testing.ports import free_port


class StandIn(BaseHTTPRequestHandler):
    """Answers every request with its path, headers and body size; echoes bytes after an upgrade."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.headers.get("upgrade", "").lower() == "websocket":
            self._tunnel()
        else:
            self._answer(b"")

    def do_POST(self) -> None:
        self._answer(self.rfile.read(int(self.headers.get("content-length", "0"))))

    def _answer(self, body: bytes) -> None:
        pad = parse_qs(urlsplit(self.path).query).get("pad", ["0"])[0]
        seen = {"path": self.path, "headers": dict(self.headers.items()), "body_bytes": len(body)}
        payload = json.dumps({**seen, "pad": "x" * int(pad)}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _tunnel(self) -> None:
        self.send_response(101)
        self.send_header("upgrade", "websocket")
        self.send_header("connection", "Upgrade")
        self.end_headers()
        self.wfile.flush()
        while chunk := self.connection.recv(1024):
            self.connection.sendall(b"echo:" + chunk)
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def stand_in() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), StandIn)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@dataclass(frozen=True)
class RunningEdge:
    port: int
    data_dir: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def running_edge(stand_in: int, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEdge]:
    """The edge with the stand-in as the app, the gateway and a service owning /webhooks/, /uploads/
    and /ics/."""
    feeds = RegisteredService(
        "feeds",
        "feeds_service",
        stand_in,
        Path("services/feeds"),
        public_routes=("/webhooks/", "/uploads/", "/ics/", "/gallery/"),
    )
    routes = routing_table(
        services=(feeds,), service_ports={"feeds": stand_in}, gateway_port=stand_in, app_port=stand_in
    )
    edge = RunningEdge(port=free_port(), data_dir=tmp_path_factory.mktemp("edge-data"))
    process = edge_process(routes, port=edge.port, data_dir=edge.data_dir, log_dir=edge.data_dir / "logs")
    process.start()
    try:
        process.wait_ready(timeout_s=30)
        yield edge
    finally:
        process.stop()


@pytest.fixture(scope="module")
def edge(running_edge: RunningEdge) -> str:
    return running_edge.url


def test_a_service_learns_who_called_over_which_scheme_with_the_callers_request_id(edge: str) -> None:
    # Connecting from another loopback address shows the forwarded address is the edge's peer.
    transport = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(transport=transport) as client:
        response = client.post(
            f"{edge}/webhooks/pay",
            content=b"{}",
            headers={"x-request-id": "req-edge-1", "x-forwarded-for": "203.0.113.9"},
        )

    seen = response.json()
    assert seen["path"] == "/webhooks/pay"
    assert seen["headers"]["X-Forwarded-For"] == "127.0.0.2"
    assert seen["headers"]["X-Forwarded-Proto"] == "http"
    assert seen["headers"]["X-Request-Id"] == "req-edge-1"
    assert seen["headers"]["Host"] == edge.removeprefix("http://")


def test_a_request_without_an_id_gets_one_from_the_edge(edge: str) -> None:
    seen = httpx.get(f"{edge}/graphql").json()

    assert len(seen["headers"]["X-Request-Id"]) == 32


def test_a_prefix_no_service_owns_is_answered_404_by_the_edge(edge: str) -> None:
    response = httpx.get(f"{edge}/files/photo.jpg")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "NOT_FOUND"


def test_a_body_over_the_prefixs_limit_is_refused_with_413(edge: str) -> None:
    response = httpx.post(f"{edge}/webhooks/pay", content=b"x" * 65 * 1024)

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"


def test_a_large_upload_streams_through_to_its_service(edge: str) -> None:
    response = httpx.post(f"{edge}/uploads/album-1", content=b"p" * 8 * 1024 * 1024, timeout=60)

    assert response.status_code == 200
    assert response.json()["body_bytes"] == 8 * 1024 * 1024


def test_responses_are_gzip_compressed_for_callers_that_ask(edge: str) -> None:
    asked = httpx.get(f"{edge}/?pad=4000", headers={"accept-encoding": "gzip"})
    not_asked = httpx.get(f"{edge}/?pad=4000", headers={"accept-encoding": "identity"})

    assert asked.headers["content-encoding"] == "gzip"
    assert asked.json()["pad"] == "x" * 4000
    assert "content-encoding" not in not_asked.headers


def test_every_response_carries_the_security_headers(edge: str) -> None:
    for response in (httpx.get(f"{edge}/"), httpx.get(f"{edge}/files/x")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert response.headers["content-security-policy"] == "frame-ancestors 'self'"


def test_a_websocket_upgrade_on_the_app_becomes_a_tunnel(edge: str) -> None:
    port = int(edge.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(
            b"GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
        )
        handshake = _read_until(connection, b"\r\n\r\n")
        connection.sendall(b"hello")
        echoed = _read_until(connection, b"hello")

    assert handshake.startswith(b"HTTP/1.1 101")
    assert echoed.endswith(b"echo:hello")


def _read_until(connection: socket.socket, end: bytes) -> bytes:
    received = b""
    while not received.endswith(end):
        chunk = connection.recv(1024)
        if not chunk:
            break
        received += chunk
    return received


def test_the_edge_keeps_its_pid_and_logs_under_the_data_dir_without_query_strings(
    running_edge: RunningEdge,
) -> None:
    httpx.get(f"{running_edge.url}/files/x?signature=secret", headers={"x-request-id": "req-edge-log"})

    assert (running_edge.data_dir / "edge" / "nginx.pid").exists()
    access = (running_edge.data_dir / "logs" / "edge-access.log").read_text().splitlines()
    line = json.loads(access[-1])
    assert (line["path"], line["request_id"], line["status"]) == ("/files/x", "req-edge-log", 404)
    assert "secret" not in access[-1]


def test_the_access_log_never_holds_the_secret_a_feed_path_is(running_edge: RunningEdge) -> None:
    secrets = ("0f3a9c7d2b.kq8Zt1", "9e1b44aa.Wm3xQ", "c0ffee11.signedPhoto")
    asked = [f"/ics/feeds/{secrets[0]}.ics", f"/ics/{secrets[1]}.csv", f"/gallery/files/{secrets[2]}"]
    for path in asked:
        assert httpx.get(f"{running_edge.url}{path}").status_code == 200

    access = (running_edge.data_dir / "logs" / "edge-access.log").read_text()
    logged = [json.loads(line)["path"] for line in access.splitlines()[-3:]]
    assert logged == ["/ics/feeds/[redacted]", "/ics/[redacted]", "/gallery/files/[redacted]"]
    assert not any(secret in access for secret in secrets)
