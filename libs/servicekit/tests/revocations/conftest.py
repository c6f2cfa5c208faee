"""A service database with the revocation read model, and users-service events to feed it."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import datetime

import pytest
from contracts.users import (
    SESSION_REVOKED,
    USER_REGISTERED,
    USER_ROLES_CHANGED,
    SessionRevokedV1,
    UserRegisteredV1,
    UserRolesChangedV1,
)
from servicekit.auth.revocations.tables import revocation_metadata
from servicekit.db import create_engine
from servicekit.events import Envelope, Event, envelope_for
from servicekit.outbox.tables import outbox_metadata
from servicekit.postgres import drop_database, ensure_database, with_database
from sqlalchemy.ext.asyncio import AsyncEngine


@pytest.fixture
async def engine(pg_server_url: str) -> AsyncIterator[AsyncEngine]:
    url = with_database(pg_server_url, f"test_revocations_{uuid.uuid4().hex[:8]}")
    ensure_database(url)
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(outbox_metadata.create_all)
        await connection.run_sync(revocation_metadata.create_all)
    yield engine
    await engine.dispose()
    drop_database(url)


def users_event(event: Event) -> Envelope:
    return envelope_for(event, producer="users", trace_id=None)


def roles_changed(user_id: uuid.UUID, at: datetime) -> Envelope:
    payload = UserRolesChangedV1(
        user_id=user_id, occurred_at=at, roles=["user"], granted=[], revoked=["super_admin"], changed_by=None
    )
    return users_event(Event(USER_ROLES_CHANGED, 1, str(user_id), payload))


def registered(user_id: uuid.UUID, at: datetime) -> Envelope:
    payload = UserRegisteredV1(
        user_id=user_id, occurred_at=at, name="Ravi", roles=["user"], preferred_language="te"
    )
    return users_event(Event(USER_REGISTERED, 1, str(user_id), payload))


def session_revoked(user_id: uuid.UUID, session_id: uuid.UUID, at: datetime) -> Envelope:
    payload = SessionRevokedV1(user_id=user_id, session_id=session_id, occurred_at=at, reason="logout")
    return users_event(Event(SESSION_REVOKED, 1, str(session_id), payload))
