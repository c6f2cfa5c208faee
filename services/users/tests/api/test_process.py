"""`python -m users_service` as the platform starts it: migrations on request, keys on first start,
ready when its database is, serving GraphQL and the JWKS on USERS_PORT."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from servicekit.postgres import drop_database, with_database
from servicekit.settings import service_database_name
from servicekit.testing.ports import free_port

from .graphql_client import REGISTER

STARTUP_LIMIT_SECONDS = 60  # a bound on waiting, not a performance assertion
GATEWAY_SECRET = secrets.token_urlsafe(32)
AS_THE_GATEWAY = {"x-gateway-secret": GATEWAY_SECRET}


@pytest.fixture
def running_service(pg_server_url: str) -> Iterator[str]:
    name = f"users_proc_{uuid.uuid4().hex[:8]}"
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": pg_server_url,
        "SERVICE_NAME": name,
        "RUN_MIGRATIONS_ON_START": "true",
        "USERS_PORT": str(port),
        "ENVIRONMENT": "test",
        "ARGON2_TIME_COST": "1",
        "ARGON2_MEMORY_KIB": "1024",
        "AUTH_ISSUER": f"http://127.0.0.1:{port}",
        "GATEWAY_SECRETS": GATEWAY_SECRET,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "users_service"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(base_url, process)
        yield base_url
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0].decode(errors="replace")
        drop_database(with_database(pg_server_url, service_database_name(name)))
        assert "BEGIN ENCRYPTED PRIVATE KEY" not in output
        assert "mangoes4sale" not in output


def wait_until_ready(base_url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_LIMIT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(process.stdout.read().decode() if process.stdout else "exited")
        try:
            if httpx.get(f"{base_url}/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError("the users service did not become ready")


def test_the_service_process_starts_migrates_and_serves_its_issuer(running_service: str) -> None:
    jwks = httpx.get(f"{running_service}/.well-known/jwks.json").json()
    assert len(jwks["keys"]) == 1
    registered = httpx.post(
        f"{running_service}/graphql",
        json={
            "query": REGISTER,
            "variables": {
                "input": {
                    "name": "Ravi",
                    "email": "ravi@example.in",
                    "phone": "9876543210",
                    "password": "mangoes4sale",
                }
            },
        },
        headers=AS_THE_GATEWAY,
    ).json()["data"]["register"]
    assert registered["errors"] == []
    token = registered["tokens"]["accessToken"]
    me = httpx.post(
        f"{running_service}/graphql",
        json={"query": "{ me { email } }"},
        headers={"authorization": f"Bearer {token}", **AS_THE_GATEWAY},
    ).json()
    assert me == {"data": {"me": {"email": "ravi@example.in"}}}


def test_the_process_answers_graphql_only_to_the_gateway(running_service: str) -> None:
    sdl = {"query": "{ _service { sdl } }"}
    stranger = httpx.post(f"{running_service}/graphql", json=sdl)
    guesser = httpx.post(f"{running_service}/graphql", json=sdl, headers={"x-gateway-secret": "guess"})
    gateway = httpx.post(f"{running_service}/graphql", json=sdl, headers=AS_THE_GATEWAY)
    assert (stranger.status_code, stranger.json()["error"]["code"]) == (401, "GATEWAY_SECRET_MISSING")
    assert (guesser.status_code, guesser.json()["error"]["code"]) == (403, "GATEWAY_SECRET_INVALID")
    assert "type Query" in gateway.json()["data"]["_service"]["sdl"]
    # The issuer's public routes are not behind the secret: the edge sends anyone there.
    assert httpx.get(f"{running_service}/.well-known/openid-configuration").status_code == 200
