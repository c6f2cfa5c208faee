"""The first real event flow: what a person does through the gateway reaches the event bus, in order,
with the request id as its trace id; once on the embedded PostgreSQL log (`make run`) and once on a
real Apache Kafka broker (`make run KAFKA=1`)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import httpx
import pytest
from servicekit.bus.interface import Bus
from servicekit.bus.kafka_backend import KafkaBus
from servicekit.bus.pglog import PgLogBus
from servicekit.bus.selection import BUS_DATABASE
from servicekit.events import Envelope
from servicekit.postgres import with_database

from .conftest import RunningPlatform, running_platform
from .operator import create_super_admin

REGISTER = (
    "mutation($i: RegisterInput!) { register(input: $i) "
    "{ user { id } tokens { accessToken } errors { code } } }"
)
LOGIN = "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } errors { code } } }"
GRANT = "mutation($u: ID!) { grantRole(userId: $u, role: STORE_OWNER) { errors { code } } }"
DEACTIVATE = "mutation($u: ID!) { deactivateUser(userId: $u) { errors { code } } }"


def call(
    platform: RunningPlatform,
    query: str,
    variables: dict[str, object],
    *,
    token: str | None = None,
    request_id: str | None = None,
) -> dict[str, object]:
    headers = {"x-request-id": request_id or str(uuid.uuid4())}
    if token:
        headers["authorization"] = f"Bearer {token}"
    answer = httpx.post(
        platform.gateway_url, json={"query": query, "variables": variables}, headers=headers, timeout=30
    )
    assert answer.status_code == 200, answer.text
    data: dict[str, object] = answer.json()["data"]
    return data


def platform_bus(platform: RunningPlatform) -> Bus:
    """The bus the platform's services publish to, seen from outside as another consumer group."""
    if platform.config.kafka_bootstrap_servers:
        return KafkaBus(platform.config.kafka_bootstrap_servers, client_id="e2e-observer")
    return PgLogBus(with_database(platform.server_url, BUS_DATABASE))


async def events_for(platform: RunningPlatform, key: str, count: int) -> list[Envelope]:
    """Read the users topic as an observer group until `count` events about `key` arrived."""
    bus = platform_bus(platform)
    await bus.start()
    subscription = bus.subscribe(f"e2e-observer-{uuid.uuid4().hex[:6]}", ["users.user.v1"])
    await subscription.start()
    found: list[Envelope] = []
    try:
        async with asyncio.timeout(60):
            while len(found) < count:
                deliveries = await subscription.fetch(max_wait=1.0)
                found += [d.envelope() for d in deliveries if d.key == key]
    finally:
        await subscription.stop()
        await bus.stop()
    return found


@pytest.fixture(scope="module")
def kafka_platform() -> Iterator[RunningPlatform]:
    """The platform as `make run KAFKA=1` starts it: its own broker, services on Kafka (no app)."""
    with running_platform(start_kafka=True, with_app=False) as platform:
        yield platform


@pytest.fixture(params=["postgres-log", pytest.param("kafka", marks=pytest.mark.kafka)])
def any_platform(request: pytest.FixtureRequest) -> RunningPlatform:
    name = "platform_stack" if request.param == "postgres-log" else "kafka_platform"
    platform: RunningPlatform = request.getfixturevalue(name)
    return platform


@pytest.mark.slow
async def test_registration_role_change_and_deactivation_reach_the_bus_in_order(
    any_platform: RunningPlatform,
) -> None:
    platform_stack = any_platform
    email = f"padma.{uuid.uuid4().hex[:6]}@example.in"
    registered = call(
        platform_stack,
        REGISTER,
        {
            "i": {
                "name": "Padma Lights",
                "email": email,
                "phone": "9848012345",
                "password": "Deepalu2026",
                "role": "ORGANIZER",
            }
        },
        request_id="register-padma",
    )["register"]
    assert isinstance(registered, dict)
    user_id = registered["user"]["id"]

    admin_email = f"ops.{uuid.uuid4().hex[:6]}@eventxperts.app"
    create_super_admin(platform_stack, admin_email, "Operator2026x")
    admin = call(platform_stack, LOGIN, {"i": {"email": admin_email, "password": "Operator2026x"}})
    token = admin["login"]["tokens"]["accessToken"]  # type: ignore[index]
    assert call(platform_stack, GRANT, {"u": user_id}, token=token)["grantRole"] == {"errors": []}
    assert call(platform_stack, DEACTIVATE, {"u": user_id}, token=token)["deactivateUser"] == {"errors": []}

    events = await events_for(platform_stack, user_id, 3)
    assert [e.type for e in events] == [
        "users.user.registered",
        "users.user.roles_changed",
        "users.user.deactivated",
    ]
    assert events[0].trace_id == "register-padma"
    assert events[0].producer == "users"
    assert sorted(events[0].payload["roles"]) == ["organizer", "user"]
    assert events[1].payload["granted"] == ["store_owner"]
    assert len({e.id for e in events}) == 3
