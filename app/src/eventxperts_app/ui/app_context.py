"""What every screen of one page session needs: language, gateway, sign-in and navigation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

import flet as ft

from eventxperts_app.api import AuthSession, GatewayClient
from eventxperts_app.i18n import Language, Translator
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.notices import Notices
from eventxperts_app.ui.route_arguments import RouteArguments
from eventxperts_app.ui.viewport import Viewport


def _shown_nowhere(text: str) -> None:
    """Where confirmations go when nothing shows them (tests that build a screen alone)."""


@dataclass(frozen=True)
class AppContext:
    tr: Translator
    client: GatewayClient
    auth: AuthSession
    go: Callable[[str], Awaitable[None]]
    refresh: Callable[[], None]
    switch_language: Callable[[Language], None]
    notices: Notices = field(default_factory=Notices)
    viewport: Viewport = field(default_factory=Viewport)
    # A short confirmation ("Ramesh deactivated") where the eye is: a snackbar at the bottom.
    confirm: Callable[[str], None] = _shown_nowhere
    # The query of the route shown: `/calendar?booking=<id>` opens that booking.
    arguments: RouteArguments = field(default_factory=RouteArguments)
    # The app's public address as the browser sees it (links guests open); None outside a browser.
    origin: str | None = None
    # The route on screen, with its path parameters (/g/<code>): screens of prefix routes read it.
    location: Callable[[], str] = lambda: ""


class Screen(Protocol):
    """A screen's controls are built once; `labels.apply()` relabels them in place."""

    labels: Labels
    controls: list[ft.Control]

    async def load(self) -> None:
        """Fetches what the screen shows from the gateway (after it is on the page)."""
