"""A service's /graphql answers only the gateway: a request without the gateway's secret, or with a
wrong one, is refused before any GraphQL work; the current and the previous secret both pass."""

from __future__ import annotations

import httpx
import pytest
from servicekit.settings import DEVELOPMENT_GATEWAY_SECRET, ServiceSettings

from .subgraph_app import CURRENT_SECRET, PREVIOUS_SECRET, subgraph_client

SDL = {"query": "{ _service { sdl } }"}


def code_of(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


async def test_without_the_secret_graphql_is_refused_as_unauthenticated() -> None:
    async with subgraph_client(secret=None) as client:
        response = await client.post("/graphql", json={"query": "{ fine }"})
    assert response.status_code == 401
    assert code_of(response) == "GATEWAY_SECRET_MISSING"


async def test_a_wrong_secret_is_refused_as_forbidden() -> None:
    async with subgraph_client(secret="guessed-" + CURRENT_SECRET) as client:
        response = await client.post("/graphql", json={"query": "{ fine }"})
    assert response.status_code == 403
    assert code_of(response) == "GATEWAY_SECRET_INVALID"


async def test_while_rotating_the_current_and_the_previous_secret_pass_and_no_other() -> None:
    answers = {}
    for secret in (CURRENT_SECRET, PREVIOUS_SECRET, "an-older-secret-0123456789abcdef01"):
        async with subgraph_client(secret=secret) as client:
            answers[secret] = (await client.post("/graphql", json={"query": "{ fine }"})).status_code
    assert list(answers.values()) == [200, 200, 403]


async def test_the_subgraphs_sdl_is_only_for_the_gateway() -> None:
    async with subgraph_client(secret=None) as stranger, subgraph_client() as gateway:
        refused = await stranger.post("/graphql", json=SDL)
        answered = await gateway.post("/graphql", json=SDL)
    assert refused.status_code == 401
    assert "sdl" not in refused.text
    assert "fine: String!" in answered.json()["data"]["_service"]["sdl"]


async def test_get_and_trailing_slash_paths_are_refused_too() -> None:
    async with subgraph_client(secret=None) as client:
        assert (await client.get("/graphql", params={"query": "{ fine }"})).status_code == 401
        assert (await client.post("/graphql/", json={"query": "{ fine }"})).status_code == 401


async def test_the_secret_is_checked_before_the_body_is_read() -> None:
    async with subgraph_client(secret=None, max_body_bytes=100) as client:
        response = await client.post("/graphql", content=b"x" * 1000)
    assert response.status_code == 401


async def test_health_is_not_behind_the_secret() -> None:
    async with subgraph_client(secret=None) as client:
        assert (await client.get("/healthz")).status_code == 200


def test_production_refuses_to_start_without_a_real_gateway_secret() -> None:
    production = {"environment": "production", "secret_key": "a-real-secret-key-for-production-x"}
    for secrets in (
        "",
        DEVELOPMENT_GATEWAY_SECRET,
        "short",
        f"{CURRENT_SECRET},{DEVELOPMENT_GATEWAY_SECRET}",
    ):
        with pytest.raises(ValueError, match="GATEWAY_SECRETS"):
            ServiceSettings.model_validate({**production, "gateway_secrets": secrets})
    rotating = ServiceSettings.model_validate(
        {**production, "gateway_secrets": f" {CURRENT_SECRET} , {PREVIOUS_SECRET} "}
    )
    assert rotating.gateway_secret_list == (CURRENT_SECRET, PREVIOUS_SECRET)


def test_a_refused_start_does_not_print_the_secrets_it_was_given() -> None:
    with pytest.raises(ValueError, match="GATEWAY_SECRETS") as refused:
        ServiceSettings.model_validate(
            {
                "environment": "production",
                "secret_key": "key-that-must-not-be-printed",
                "gateway_secrets": "weak",
            }
        )
    assert "key-that-must-not-be-printed" not in str(refused.value)
