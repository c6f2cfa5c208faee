"""The service's ASGI app over httpx, wired to the test's rolled-back sessions."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from users_service.bootstrap import UsersServices
from users_service.main import create_app


@pytest.fixture
async def client(services: UsersServices) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(services.settings, services=services)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://users.test") as client:
        yield client
