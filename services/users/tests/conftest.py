"""Fixtures of the users service's tests: one migrated database per session, each test rolled back."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from servicekit.db import create_engine, session_factory
from servicekit.testing import isolated_sessions
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.adapters.access_tokens import KeyRing
from users_service.bootstrap import UsersServices, build_services
from users_service.migrations import migrations_path
from users_service.settings import UsersSettings

from .stepping_clock import SteppingClock


def cheap_settings(**overrides: object) -> UsersSettings:
    values: dict[str, object] = {
        "environment": "test",
        "argon2_time_cost": 1,
        "argon2_memory_kib": 1024,
        "auth_issuer": "http://users.test",
        "auth_audience": "eventxperts",
    }
    values.update(overrides)
    return UsersSettings.model_validate(values)


@pytest.fixture(scope="session")
def users_settings() -> UsersSettings:
    return cheap_settings()


@pytest.fixture(scope="session")
def users_database_url(make_migrated_database: Callable[[str, Path], str]) -> str:
    return make_migrated_database("users", migrations_path())


@pytest.fixture(scope="session")
async def users_engine(users_database_url: str, users_settings: UsersSettings) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(users_database_url)
    # The signing key is made once and committed; every test then reads it.
    await KeyRing(session_factory(engine), secret=users_settings.secret_key).ensure_key()
    yield engine
    await engine.dispose()


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
async def services(
    users_engine: AsyncEngine, users_settings: UsersSettings, clock: SteppingClock
) -> AsyncIterator[UsersServices]:
    """The use cases wired to sessions inside one transaction that is rolled back after the test."""
    async with asynccontextmanager(isolated_sessions)(users_engine) as sessions:
        yield build_services(users_settings, users_engine, sessions=sessions, clock=clock)


@pytest.fixture
def committing_services(users_engine: AsyncEngine, users_settings: UsersSettings) -> UsersServices:
    """Real commits, for tests of concurrency; such tests use unique emails."""
    return build_services(users_settings, users_engine)
