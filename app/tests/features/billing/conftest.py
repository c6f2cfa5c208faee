"""The billing screens' tests that talk to a held gateway: the app's own client, signed in."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from eventxperts_app.api.models import AuthResult, TokenPair
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.ui.app_context import AppContext

from ...conftest import Navigation, app_context
from ...held_gateway import HeldGateway
from ...payloads import user_json


@pytest.fixture
async def held_gateway() -> AsyncIterator[HeldGateway]:
    gateway = HeldGateway()
    await gateway.start()
    yield gateway
    await gateway.stop()


@pytest.fixture
async def held_ctx(held_gateway: HeldGateway, navigation: Navigation) -> AsyncIterator[AppContext]:
    ctx = app_context(held_gateway.url, navigation)
    ctx.auth.start(AuthResult(user=parse_user(user_json()), tokens=TokenPair("a.b.c", "r-1", 900, "Bearer")))
    yield ctx
    await ctx.client.aclose()
