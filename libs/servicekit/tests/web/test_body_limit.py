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


async def test_a_prefix_given_a_larger_limit_takes_more_and_the_rest_keeps_the_small_one() -> None:
    from servicekit.body_limit import BodyLimit
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    async def size(request: Request) -> PlainTextResponse:
        return PlainTextResponse(str(len(await request.body())))

    app = BodyLimit(
        Starlette(
            routes=[Route("/uploads/x", size, methods=["PUT"]), Route("/graphql", size, methods=["PUT"])]
        ),
        max_bytes=LIMIT,
        larger={"/uploads/": 10 * LIMIT},
    )
    import httpx

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        assert (await client.put("/uploads/x", content=b"x" * 5 * LIMIT)).text == str(5 * LIMIT)
        assert (await client.put("/uploads/x", content=b"x" * (10 * LIMIT + 1))).status_code == 413
        assert (await client.put("/graphql", content=b"x" * (LIMIT + 1))).status_code == 413
