"""The app every service is served as: `/graphql` with the caller from the token, ids, metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import strawberry
from servicekit.auth.roles import Role
from servicekit.auth.tokens import Claims, InvalidToken, TokenVerifier
from servicekit.graphql import ServiceContext, federation_schema
from servicekit.settings import ServiceSettings
from servicekit.testing.service import gateway_headers
from servicekit.web import create_service_app
from strawberry.types import Info


@strawberry.type
class Query:
    @strawberry.field
    def whoami(self, info: Info[ServiceContext, None]) -> str:
        context = info.context
        return f"{context.caller.user_id or 'anonymous'} {context.request_id} {context.services}"


class OneTokenVerifier(TokenVerifier):
    """Accepts the token "good" as user u-1; refuses anything else as expired."""

    def __init__(self) -> None:
        pass

    async def verify(self, token: str) -> Claims:
        if token != "good":
            raise InvalidToken("TOKEN_EXPIRED", "token has expired")
        return Claims(subject="u-1", roles=frozenset({Role.USER}), token_id=None, raw={})


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    settings = ServiceSettings(service_name="app-test")
    app = create_service_app(
        settings,
        schema=federation_schema(query=Query),
        services="the-services",
        verifier=OneTokenVerifier(),
        readiness_checks={},
    )
    async with httpx.AsyncClient(
        # The gateway's secret, as every subgraph call carries it (tests/web test its absence).
        transport=httpx.ASGITransport(app=app),
        base_url="http://app.test",
        headers=gateway_headers(settings),
    ) as client:
        yield client


async def test_a_resolver_sees_the_verified_caller_the_request_id_and_the_services(
    client: httpx.AsyncClient,
) -> None:
    headers = {"authorization": "Bearer good", "x-request-id": "r-42"}
    response = await client.post("/graphql", json={"query": "{ whoami }"}, headers=headers)
    assert response.status_code == 200
    assert response.json() == {"data": {"whoami": "u-1 r-42 the-services"}}
    assert response.headers["x-request-id"] == "r-42"


async def test_without_a_token_the_caller_is_anonymous_and_get_works_too(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", params={"query": "{ whoami }"}, headers={"x-request-id": "r-1"})
    assert response.json() == {"data": {"whoami": "anonymous r-1 the-services"}}


@pytest.mark.parametrize(
    ("authorization", "code"), [("Bearer bad", "TOKEN_EXPIRED"), ("Basic abc", "MALFORMED_TOKEN")]
)
async def test_a_bad_token_is_a_401_saying_why(
    client: httpx.AsyncClient, authorization: str, code: str
) -> None:
    response = await client.post(
        "/graphql", json={"query": "{ whoami }"}, headers={"authorization": authorization}
    )
    assert response.status_code == 401
    assert response.json() == {"detail": {"code": code}}
    assert "x-request-id" in response.headers


async def test_graphql_requests_are_counted_under_their_route(client: httpx.AsyncClient) -> None:
    await client.post("/graphql", json={"query": "{ whoami }"})
    metrics = (await client.get("/metrics")).text
    assert 'http_requests_total{path="/graphql",service="app-test",status="200"} 1.0' in metrics


async def test_other_methods_are_refused(client: httpx.AsyncClient) -> None:
    assert (await client.put("/graphql", json={"query": "{ whoami }"})).status_code == 405
