"""Every request gets an id, a metric and a log line; an unhandled exception becomes the typed 500."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import structlog
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from servicekit.metrics import HttpMetrics
from servicekit.request_context import current_request_id
from servicekit.request_scope import RequestScope
from structlog.typing import EventDict

metrics = HttpMetrics("scope-test")
app = FastAPI()
app.add_middleware(RequestScope, metrics=metrics)


@app.get("/items/{item_id}")
async def item(item_id: str) -> dict[str, str | None]:
    return {"item": item_id, "request_id": current_request_id()}


@app.get("/signed-in/{user_id}")
async def signed_in(user_id: str) -> dict[str, str]:
    structlog.contextvars.bind_contextvars(user_id=user_id)
    return {"ok": "yes"}


@app.get("/boom")
async def boom() -> None:
    raise RuntimeError("connection to 10.0.0.5:5432 refused")


@app.get("/half")
async def half() -> StreamingResponse:
    async def body() -> AsyncIterator[bytes]:
        yield b"partial"
        raise RuntimeError("failed mid-stream")

    return StreamingResponse(body())


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://scope.test") as client:
        yield client


@pytest.fixture
def logs() -> Iterator[list[EventDict]]:
    with structlog.testing.capture_logs(processors=[structlog.contextvars.merge_contextvars]) as entries:
        yield entries


def count(path: str, status: str) -> float:
    labels = {"service": "scope-test", "path": path, "status": status}
    return metrics.registry.get_sample_value("http_requests_total", labels) or 0.0


async def test_the_callers_request_id_is_bound_and_returned(client: httpx.AsyncClient) -> None:
    response = await client.get("/items/7", headers={"x-request-id": "trace-abc"})
    assert response.headers["x-request-id"] == "trace-abc"
    assert response.json() == {"item": "7", "request_id": "trace-abc"}


async def test_without_a_usable_request_id_a_fresh_one_is_made(client: httpx.AsyncClient) -> None:
    for headers in ({}, {"x-request-id": "x" * 129}):
        response = await client.get("/items/7", headers=headers)
        returned = response.headers["x-request-id"]
        assert uuid.UUID(returned)
        assert response.json()["request_id"] == returned


async def test_an_unhandled_exception_is_the_typed_500_with_the_request_id(
    client: httpx.AsyncClient, logs: list[EventDict]
) -> None:
    response = await client.get("/boom", headers={"x-request-id": "trace-boom"})
    assert response.status_code == 500
    assert response.json() == {"error": {"code": "INTERNAL", "message": "Something went wrong on our side."}}
    assert response.headers["x-request-id"] == "trace-boom"
    assert "10.0.0.5" not in response.text
    assert [e["event"] for e in logs] == ["unhandled_error", "request"]
    assert logs[1]["status"] == 500


async def test_a_failure_after_the_answer_started_is_logged_and_left_to_the_server(
    logs: list[EventDict],
) -> None:
    """No second answer can follow the first one's start: the error reaches the server, which
    drops the connection."""
    transport = httpx.ASGITransport(app=app)  # raises what the app raises
    async with httpx.AsyncClient(transport=transport, base_url="http://scope.test") as client:
        with pytest.raises(RuntimeError, match="failed mid-stream"):
            await client.get("/half")
    assert [e["event"] for e in logs] == ["unhandled_error", "request"]


async def test_requests_are_counted_by_route_template_not_by_raw_path(client: httpx.AsyncClient) -> None:
    before = count("/items/{item_id}", "200"), count("unmatched", "404")
    await client.get("/items/1")
    await client.get("/items/2")
    await client.get("/nowhere")
    assert count("/items/{item_id}", "200") == before[0] + 2
    assert count("unmatched", "404") == before[1] + 1


async def test_the_log_line_names_the_caller_of_this_request_only(
    client: httpx.AsyncClient, logs: list[EventDict]
) -> None:
    await client.get("/signed-in/u-1", headers={"x-request-id": "r-1"})
    await client.get("/items/1", headers={"x-request-id": "r-2"})
    first, second = (e for e in logs if e["event"] == "request")
    assert (first["status"], first.get("user_id")) == (200, "u-1")
    assert second.get("user_id") is None
    assert isinstance(first["ms"], float)


async def test_log_lines_name_the_route_template_never_the_path_that_may_hold_a_secret(
    client: httpx.AsyncClient, logs: list[EventDict]
) -> None:
    await client.get("/items/feed-token-0f3a9")
    await client.get("/boom/feed-token-77c1")
    await client.get("/boom")
    paths = [(e["event"], e["path"]) for e in logs]
    assert paths == [
        ("request", "/items/{item_id}"),
        ("request", "unmatched"),
        ("unhandled_error", "/boom"),
        ("request", "/boom"),
    ]
    assert "feed-token" not in repr(logs)
