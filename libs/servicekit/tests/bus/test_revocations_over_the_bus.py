"""servicekit's revocation consumers on each bus: a demotion the users service commits reaches another
service's read model through the bus, and that service's verifier then refuses the demoted person's
token. Waits are bounded, never timed."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from contracts.users import USER_ROLES_CHANGED, UserRolesChangedV1
from servicekit.auth import Claims, InvalidToken
from servicekit.auth.revocations import RevocationCache, with_revocation_consumers
from servicekit.auth.revocations.tables import revocation_metadata
from servicekit.bus.backbone import run_event_backbone
from servicekit.db import create_engine, session_factory
from servicekit.events import Event
from servicekit.outbox.tables import outbox_metadata
from servicekit.settings import ServiceSettings
from servicekit.uow import SqlAlchemyUnitOfWork
from sqlalchemy.ext.asyncio import AsyncEngine

from .flow import eventually
from .messages import fresh_service

WAIT_LIMIT = 60.0  # a bound on waiting, not a performance assertion


@pytest.fixture
async def engine(service_database: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(service_database)
    async with engine.begin() as connection:
        await connection.run_sync(outbox_metadata.create_all)
        await connection.run_sync(revocation_metadata.create_all)
    yield engine
    await engine.dispose()


@pytest.fixture
def settings(backend: str, pg_server_url: str, request: pytest.FixtureRequest) -> ServiceSettings:
    kafka = request.getfixturevalue("kafka_broker").bootstrap_servers if backend == "kafka" else None
    return ServiceSettings(
        service_name=fresh_service(), database_url=pg_server_url, kafka_bootstrap_servers=kafka
    )


async def demote(engine: AsyncEngine, user_id: uuid.UUID) -> None:
    """What the users service's use case does: the change's event committed through its outbox."""
    payload = UserRolesChangedV1(
        user_id=user_id,
        occurred_at=datetime.now(UTC),
        roles=["user"],
        granted=[],
        revoked=["super_admin"],
        changed_by=uuid.uuid4(),
    )
    async with SqlAlchemyUnitOfWork(session_factory(engine), producer="users") as uow:
        uow.publish(Event(USER_ROLES_CHANGED, 1, str(user_id), payload))
        await uow.commit()


async def refusal(cache: RevocationCache, claims: Claims) -> str | None:
    try:
        await cache.check(claims)
    except InvalidToken as error:
        return error.code
    return None


async def test_a_demotion_on_the_bus_makes_another_service_refuse_the_admins_token(
    settings: ServiceSettings, engine: AsyncEngine
) -> None:
    admin = uuid.uuid4()
    issued_at = int((datetime.now(UTC) - timedelta(minutes=1)).timestamp())
    claims = Claims(str(admin), frozenset(), None, {}, issued_at=issued_at)
    cache = RevocationCache(session_factory(engine), horizon=timedelta(days=1), refresh_every=0.05)
    registry = with_revocation_consumers(None, settings)

    async with run_event_backbone(settings, engine, registry):
        assert await refusal(cache, claims) is None
        await demote(engine, admin)

        async def revoked() -> bool:
            return await refusal(cache, claims) == "TOKEN_REVOKED"

        await eventually(revoked, give_up_after=WAIT_LIMIT)
