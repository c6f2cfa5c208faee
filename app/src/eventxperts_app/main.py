"""Composition root: settings, the gateway client, the Telugu font, and one shell per session."""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.api import GatewayClient
from eventxperts_app.fonts import TELUGU_FONT_FAMILY, install_telugu_font
from eventxperts_app.i18n import check_catalogues
from eventxperts_app.sections import SECTIONS
from eventxperts_app.settings import AppSettings
from eventxperts_app.ui.app_bar import APP_NAME
from eventxperts_app.ui.app_shell import AppShell

logger = logging.getLogger("eventxperts_app")


def build_session_main(client: GatewayClient, font_url: str) -> Callable[[ft.Page], Awaitable[None]]:
    """The per-session entry point Flet calls for every browser tab that connects.

    The gateway client is shared by all sessions: it holds the connection pool, never tokens.
    """

    async def session_main(page: ft.Page) -> None:
        page.title = APP_NAME
        page.fonts = {TELUGU_FONT_FAMILY: font_url}
        page.theme = ft.Theme(font_family=TELUGU_FONT_FAMILY)
        page.theme_mode = ft.ThemeMode.LIGHT
        await AppShell(page, client, SECTIONS).start()

    return session_main


def run(settings: AppSettings | None = None) -> None:
    """Serves the web app (Flutter client served locally: no CDN) until interrupted."""
    settings = settings or AppSettings.from_env()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    check_catalogues()
    font_url = install_telugu_font(settings.assets_dir)
    # A server never opens a browser window itself, even where a desktop session is around.
    os.environ.setdefault("FLET_FORCE_WEB_SERVER", "true")
    logger.info(
        "starting app on http://%s:%s (gateway %s)",
        settings.host,
        settings.port,
        settings.gateway_url,
    )
    client = GatewayClient(settings.gateway_url, settings.gateway_timeout_seconds)
    ft.run(
        build_session_main(client, font_url),
        view=ft.AppView.WEB_BROWSER,
        host=settings.host,
        port=settings.port,
        assets_dir=str(settings.assets_dir),
        no_cdn=True,
    )
