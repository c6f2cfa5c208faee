"""Revocation lag: from the users service committing a super admin's demotion to services refusing the
demoted admin's access token, on each bus (the PostgreSQL log; Apache Kafka 4, a broker started here).

The users service runs as `python -m users_service`. "Another service" is a minimal service declared
here (its own database, consumer group and verifier, as servicekit gives every service), run with its
lifespan in this process and asked over ASGI. Each trial signs a fresh super admin in, checks both
services accept the token, has another admin revoke the role (`revokeRole`), and from the moment that
mutation's answer arrived (the demotion has committed) asks both services every `--poll` seconds
until each refuses the token with 401 TOKEN_REVOKED.

The lag is the event's trip (outbox relay, bus, the consumer's transaction) plus the wait for the
verifier's next read of its revocation table (at most TOKEN_REVOCATION_REFRESH_SECONDS, 1 s by default).
Both services get steady traffic meanwhile (another admin's reads every 20 ms), so they read that table
on their own schedule as busy services do, and each demotion comes at a random moment of it.

    uv run python bench/revocation_lag.py [--trials 20] [--backend pglog|kafka|both] [--refresh 1.0]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import strawberry
from servicekit.auth.revocations.tables import revocation_metadata
from servicekit.bus.kafka_broker import KafkaBroker
from servicekit.db import create_engine
from servicekit.graphql import ServiceContext, federation_schema
from servicekit.logs import configure_logging
from servicekit.outbox.tables import outbox_metadata
from servicekit.postgres import ensure_database, start_embedded_server, with_database
from servicekit.service import ServiceDefinition, Sessions, create_app
from servicekit.settings import ServiceSettings
from servicekit.testing.ports import free_port
from servicekit.testing.service import gateway_headers
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.admin import create_super_admin
from users_service.settings import UsersSettings

PASSWORD = "Operator2026x"
CHEAP_ARGON2 = {"ARGON2_MEMORY_KIB": "8192", "ARGON2_TIME_COST": "1"}
LOGIN = "mutation($i: LoginInput!) { login(input: $i) { user { id } tokens { accessToken } } }"
REVOKE = "mutation($u: ID!) { revokeRole(userId: $u, role: SUPER_ADMIN) { errors { code } } }"
ME = "{ me { id } }"
WHO_AM_I = "{ whoAmI }"
GIVE_UP_AFTER = 60.0
TRAFFIC_EVERY = 0.02


@strawberry.type
class Query:
    @strawberry.field
    def who_am_i(self, info: strawberry.Info[ServiceContext, None]) -> str | None:
        return info.context.caller.user_id


@dataclass(frozen=True)
class WatcherServices:
    settings: ServiceSettings
    engine: AsyncEngine


def _wire(settings: ServiceSettings, engine: AsyncEngine, sessions: Sessions | None) -> WatcherServices:
    return WatcherServices(settings, engine)


WATCHER = ServiceDefinition(
    name="watcher",
    root=Path(tempfile.gettempdir()),
    settings=ServiceSettings,
    schema=lambda: federation_schema(query=Query),
    wire=_wire,
)


@dataclass(frozen=True)
class Bus:
    name: str
    kafka: str | None  # bootstrap servers, or None for the PostgreSQL log


@dataclass(frozen=True)
class Users:
    url: str
    settings: UsersSettings


@contextlib.contextmanager
def users_process(server: str, bus: Bus, refresh: float) -> Iterator[Users]:
    """`python -m users_service` on a free port, migrating on start, on `bus`."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        **CHEAP_ARGON2,
        "DATABASE_URL": server,
        "USERS_PORT": str(port),
        "RUN_MIGRATIONS_ON_START": "true",
        "AUTH_ISSUER": url,
        "LOG_LEVEL": "WARNING",
        "TOKEN_REVOCATION_REFRESH_SECONDS": str(refresh),
    }
    if bus.kafka:
        env["KAFKA_BOOTSTRAP_SERVERS"] = bus.kafka
    process = subprocess.Popen([sys.executable, "-m", "users_service"], env=env, stdout=subprocess.DEVNULL)
    try:
        _wait_until_ready(url, process)
        yield Users(url, UsersSettings(database_url=server, auth_issuer=url))
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_until_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + GIVE_UP_AFTER
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the users service exited")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{url}/readyz").status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError("the users service did not become ready")


@contextlib.asynccontextmanager
async def watcher(server: str, bus: Bus, users: Users, refresh: float) -> AsyncIterator[httpx.AsyncClient]:
    """Another service, with its lifespan (relay, servicekit's consumers) running in this process."""
    name = f"watcher_{uuid.uuid4().hex[:6]}"
    database = with_database(server, f"bench_{name}")
    ensure_database(database)
    engine = create_engine(database)
    async with engine.begin() as connection:
        await connection.run_sync(outbox_metadata.create_all)
        await connection.run_sync(revocation_metadata.create_all)
    settings = ServiceSettings(
        service_name=name,
        database_url=server,
        kafka_bootstrap_servers=bus.kafka,
        auth_issuer=users.url,
        token_revocation_refresh_seconds=refresh,
    )
    app = create_app(WATCHER, settings, services=_wire(settings, engine, None))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://watcher.bench") as client:
            yield client


async def graphql(
    client: httpx.AsyncClient, url: str, query: str, variables: dict[str, Any] | None = None, token: str = ""
) -> httpx.Response:
    # As the gateway calls a subgraph: with its secret (the development one both sides default to).
    headers = gateway_headers(ServiceSettings())
    if token:
        headers["authorization"] = f"Bearer {token}"
    return await client.post(url, json={"query": query, "variables": variables or {}}, headers=headers)


async def signed_in_admin(http: httpx.AsyncClient, users: Users) -> tuple[str, str]:
    """A fresh super admin (as the operator's CLI makes one), signed in: id and access token."""
    email = f"ops.{uuid.uuid4().hex[:8]}@bench.eventxperts.app"
    await asyncio.to_thread(create_super_admin, users.settings, email, "Ops", "+91 98480 22338", PASSWORD)
    answer = await graphql(http, f"{users.url}/graphql", LOGIN, {"i": {"email": email, "password": PASSWORD}})
    login = answer.json()["data"]["login"]
    return login["user"]["id"], login["tokens"]["accessToken"]


async def refused_after(client: httpx.AsyncClient, url: str, query: str, token: str, poll: float) -> float:
    """Seconds until `url` answers 401 TOKEN_REVOKED to `token`, asking every `poll` seconds."""
    started = time.perf_counter()
    while (answer := await graphql(client, url, query, token=token)).status_code != 401:
        if time.perf_counter() - started > GIVE_UP_AFTER:
            raise RuntimeError(f"{url} still accepts a demoted admin's token")
        await asyncio.sleep(poll)
    elapsed = time.perf_counter() - started
    if answer.json()["detail"]["code"] != "TOKEN_REVOKED":
        raise RuntimeError(f"refused for another reason: {answer.text}")
    return elapsed


@dataclass
class Lags:
    users: list[float]
    other: list[float]


@dataclass(frozen=True)
class Observers:
    """The two services asked: the users service over HTTP, the other one over ASGI."""

    http: httpx.AsyncClient
    users: Users
    other: httpx.AsyncClient

    def asks(self) -> tuple[tuple[httpx.AsyncClient, str, str], ...]:
        return ((self.http, f"{self.users.url}/graphql", ME), (self.other, "/graphql", WHO_AM_I))


async def traffic(observers: Observers, token: str) -> None:
    """Another admin's reads at both services, until cancelled."""
    while True:
        for client, url, query in observers.asks():
            await graphql(client, url, query, token=token)
        await asyncio.sleep(TRAFFIC_EVERY)


async def trial(observers: Observers, demoter: str, poll: float, refresh: float) -> tuple[float, float]:
    """One demotion; the lag (seconds) until the users service, and the other service, refuse."""
    http, users = observers.http, observers.users
    admin_id, token = await signed_in_admin(http, users)
    for client, url, query in observers.asks():
        if (await graphql(client, url, query, token=token)).status_code != 200:
            raise RuntimeError("a fresh token was refused")
    await asyncio.sleep(random.uniform(0, refresh))  # a random moment of the refresh cycle
    answer = await graphql(http, f"{users.url}/graphql", REVOKE, {"u": admin_id}, token=demoter)
    if answer.json()["data"]["revokeRole"]["errors"]:
        raise RuntimeError(answer.text)
    at_users, at_other = await asyncio.gather(
        *(refused_after(client, url, query, token, poll) for client, url, query in observers.asks())
    )
    return at_users, at_other


async def measure(server: str, bus: Bus, trials: int, refresh: float, poll: float) -> Lags:
    lags = Lags([], [])
    with users_process(server, bus, refresh) as users:
        async with httpx.AsyncClient(timeout=30) as http, watcher(server, bus, users, refresh) as other:
            observers = Observers(http, users, other)
            _, demoter = await signed_in_admin(http, users)
            reads = asyncio.create_task(traffic(observers, demoter))
            await trial(observers, demoter, poll, refresh)  # warm-up: consumers joined, caches loaded
            for _ in range(trials):
                at_users, at_other = await trial(observers, demoter, poll, refresh)
                lags.users.append(at_users * 1000)
                lags.other.append(at_other * 1000)
            reads.cancel()
            await asyncio.gather(reads, return_exceptions=True)
    return lags


def row(bus: str, observer: str, lags_ms: list[float]) -> str:
    q = statistics.quantiles(lags_ms, n=20, method="inclusive")
    return (
        f"| {bus} | {observer} | {len(lags_ms)} | {min(lags_ms):.0f} | {statistics.median(lags_ms):.0f} "
        f"| {q[18]:.0f} | {max(lags_ms):.0f} |"
    )


@contextlib.contextmanager
def buses(which: str, scratch: Path) -> Iterator[list[Bus]]:
    chosen = [Bus("PostgreSQL log", None)] if which in ("pglog", "both") else []
    if which == "pglog":
        yield chosen
        return
    broker = KafkaBroker(scratch / "kafka", port=free_port(), controller_port=free_port())
    broker.start()
    try:
        yield [*chosen, Bus("Kafka", broker.bootstrap_servers)]
    finally:
        broker.stop()


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--backend", choices=["pglog", "kafka", "both"], default="both")
    parser.add_argument("--refresh", type=float, default=1.0, help="TOKEN_REVOCATION_REFRESH_SECONDS")
    parser.add_argument("--poll", type=float, default=0.01, help="seconds between two asks")
    args = parser.parse_args()
    configure_logging("bench", "WARNING")

    scratch = Path(tempfile.mkdtemp(prefix="bench-revocation-"))
    server = start_embedded_server(scratch)
    rows = []
    with buses(args.backend, scratch) as chosen:
        for bus in chosen:
            lags = await measure(server, bus, args.trials, args.refresh, args.poll)
            rows += [row(bus.name, "users service", lags.users), row(bus.name, "another service", lags.other)]
            print(rows[-2], rows[-1], sep="\n", flush=True)
    print(
        f"\nlag from the demotion's committed answer to 401 TOKEN_REVOKED; verifier refresh {args.refresh} s"
    )
    print("| bus | refused by | trials | min ms | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    asyncio.run(main())
