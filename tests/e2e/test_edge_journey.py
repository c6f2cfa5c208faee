"""The one public origin: through the edge the browser gets the app, the gateway answers at /graphql,
OIDC discovery reaches the users service, and what no service owns, or is too big, stops at the edge."""

from __future__ import annotations

import re
import socket
import uuid
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from .conftest import RunningPlatform

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def edge(platform_stack: RunningPlatform) -> str:
    return platform_stack.edge_url


def test_the_app_is_served_at_the_root_with_the_security_headers(edge: str) -> None:
    response = httpx.get(edge, timeout=30)

    assert response.status_code == 200
    assert "<html" in response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    # The edge's own policy, and the app page's (decision 0015): a browser enforces both.
    policies = response.headers.get_list("content-security-policy")
    assert "frame-ancestors 'self'" in policies
    assert any(policy.startswith("default-src 'self';") for policy in policies)


def test_the_apps_websocket_is_upgraded_through_the_edge(edge: str) -> None:
    address = urlsplit(edge)
    assert address.port is not None
    with socket.create_connection((address.hostname or "127.0.0.1", address.port), timeout=30) as connection:
        connection.sendall(
            f"GET /ws HTTP/1.1\r\nHost: {address.netloc}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n".encode()
        )
        handshake = connection.recv(1024)

    assert handshake.startswith(b"HTTP/1.1 101")
    assert b"s3pplmbitxaq9kygzzhzrbk+xoo=" in handshake.lower()


def test_the_gateway_answers_at_graphql(edge: str) -> None:
    response = httpx.post(urljoin(edge, "/graphql"), json={"query": "{ __typename }"}, timeout=30)

    assert response.status_code == 200
    assert response.json() == {"data": {"__typename": "Query"}}


def test_oidc_discovery_and_the_keys_reach_the_users_service_with_the_request_id(edge: str) -> None:
    request_id = f"edge-{uuid.uuid4()}"

    discovery = httpx.get(
        urljoin(edge, "/.well-known/openid-configuration"), headers={"x-request-id": request_id}, timeout=30
    )
    keys = httpx.get(urljoin(edge, "/.well-known/jwks.json"), timeout=30)

    assert discovery.status_code == 200
    assert discovery.json()["jwks_uri"].endswith("/.well-known/jwks.json")
    assert discovery.headers["x-request-id"] == request_id  # set by the users service from what it got
    assert keys.status_code == 200
    assert {key["alg"] for key in keys.json()["keys"]} == {"RS256"}


def test_a_public_prefix_no_service_owns_is_404_at_the_edge(edge: str) -> None:
    response = httpx.get(urljoin(edge, "/files/x"), timeout=30)

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "NOT_FOUND"


def test_a_public_prefix_is_no_way_into_its_services_internal_paths(edge: str) -> None:
    # Encoded dots: httpx would resolve plain ones before sending.
    for path in ("/metrics", "/.well-known/%2e%2e/metrics", "/.well-known/%2E%2E/readyz"):
        response = httpx.get(f"{edge.rstrip('/')}{path}", timeout=30)

        assert "process_cpu_seconds_total" not in response.text, path
        assert '"checks"' not in response.text, path


def test_a_graphql_body_over_the_limit_is_refused_at_the_edge(edge: str) -> None:
    query = "{ __typename }" + " " * 200_000

    response = httpx.post(urljoin(edge, "/graphql"), json={"query": query}, timeout=30)

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"


def test_the_apps_client_comes_brotli_or_gzip_compressed_as_the_browser_asks(edge: str) -> None:
    page = httpx.get(edge, timeout=30).text
    found = re.search(r'src="(/_app/[^"]+/bootstrap\.js)"', page)
    assert found is not None, page
    url = urljoin(edge, found.group(1))

    brotli = httpx.get(url, headers={"accept-encoding": "gzip, br"}, timeout=30)
    gzipped = httpx.get(url, headers={"accept-encoding": "gzip"}, timeout=30)
    not_asked = httpx.get(url, headers={"accept-encoding": "identity"}, timeout=30)

    assert brotli.headers["content-encoding"] == "br"
    assert gzipped.headers["content-encoding"] == "gzip"
    assert brotli.text == gzipped.text == not_asked.text
    assert "content-encoding" not in not_asked.headers
