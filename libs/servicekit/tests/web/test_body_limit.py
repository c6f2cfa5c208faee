"""Every request body has a ceiling (MAX_BODY_BYTES), counted as the bytes arrive: over it, a typed 413
before the rest is read, whether or not the client declared its length."""

from __future__ import annotations

from collections.abc import AsyncIterator

from .subgraph_app import subgraph_client

LIMIT = 1000


def query_of_size(size: int) -> bytes:
    padding = size - len(b'{"query":"{ fine }","x":""}')
    return b'{"query":"{ fine }","x":"' + b" " * padding + b'"}'


async def test_a_body_at_the_limit_is_served() -> None:
    async with subgraph_client(max_body_bytes=LIMIT) as client:
        response = await client.post("/graphql", content=query_of_size(LIMIT), headers=JSON)
    assert response.json() == {"data": {"fine": "ok"}}


async def test_a_declared_body_over_the_limit_is_refused_with_413() -> None:
    async with subgraph_client(max_body_bytes=LIMIT) as client:
        response = await client.post("/graphql", content=query_of_size(LIMIT + 1), headers=JSON)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "REQUEST_TOO_LARGE"


async def test_an_undeclared_body_is_refused_once_what_arrived_passes_the_limit() -> None:
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        for _ in range(100):
            sent += 1
            yield b"x" * 100

    async with subgraph_client(max_body_bytes=LIMIT) as client:
        response = await client.post("/graphql", content=chunks(), headers=JSON)
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "REQUEST_TOO_LARGE"
    assert sent <= LIMIT // 100 + 1  # the rest was never read


async def test_the_default_limit_refuses_a_megabyte_of_variables() -> None:
    body = b'{"query":"{ fine }","variables":{"v":"' + b"x" * 1_048_576 + b'"}}'
    async with subgraph_client() as client:
        response = await client.post("/graphql", content=body, headers=JSON)
    assert response.status_code == 413


JSON = {"content-type": "application/json"}
