"""Fixtures of the gallery service's tests: servicekit's per-service fixtures, with the use cases wired
to a clock the tests move and object storage in a temporary directory."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from gallery_service.bootstrap import GalleryServices, build_services
from gallery_service.service import SERVICE
from gallery_service.settings import GallerySettings
from servicekit.testing.fixtures import isolated_sessions
from servicekit.testing.service import ServiceFixtures
from sqlalchemy.ext.asyncio import AsyncEngine

DATA_DIR = Path(tempfile.mkdtemp(prefix="eventxperts-gallery-tests-"))

ServiceFixtures(
    SERVICE,
    settings=lambda issuer: GallerySettings(
        **issuer.trusted_by(),
        publish_events=False,
        data_dir=DATA_DIR,
        max_photo_bytes=2_000_000,
        # Tests drive the worker and the purge themselves (services.deps.faces).
        face_indexing=False,
        face_purge_seconds=0,
    ),
).install(globals(), exclude=frozenset({"services"}))


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def services(
    service_engine: AsyncEngine, service_settings: GallerySettings, clock: Clock
) -> AsyncIterator[GalleryServices]:
    async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
        yield build_services(service_settings, service_engine, sessions, clock=clock)
