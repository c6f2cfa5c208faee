"""Real app objects for view tests; the gateway URL points where nothing listens, on purpose, unless
a test brings its own stand-in gateway (see held_gateway)."""

from __future__ import annotations

import pytest
from eventxperts_app.api import AuthSession, GatewayClient
from eventxperts_app.i18n import Language, Translator
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.app_context import AppContext


class Navigation:
    """Records where a screen asked to go and how often it asked for a redraw."""

    def __init__(self) -> None:
        self.routes: list[str] = []
        self.refreshes = 0

    async def go(self, route: str) -> None:
        self.routes.append(route)

    def refresh(self) -> None:
        self.refreshes += 1


@pytest.fixture
def navigation() -> Navigation:
    return Navigation()


def app_context(gateway_url: str, navigation: Navigation) -> AppContext:
    """The context a page session builds, talking to the gateway at `gateway_url`."""
    tr = Translator(Language.EN, SECTIONS.error_texts)
    client = GatewayClient(gateway_url, timeout_seconds=1)
    return AppContext(
        tr=tr,
        client=client,
        auth=AuthSession(client),
        go=navigation.go,
        refresh=navigation.refresh,
        switch_language=tr.switch,
    )


@pytest.fixture
def ctx(navigation: Navigation) -> AppContext:
    # A port nothing listens on: a view test that reached the network would fail loudly.
    return app_context("http://127.0.0.1:9/graphql", navigation)
