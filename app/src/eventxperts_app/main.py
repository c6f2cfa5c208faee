"""Composition root: settings, the gateway client, the web client, and one shell per session."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app import brand
from eventxperts_app.api import GatewayClient
from eventxperts_app.fonts import TELUGU_FONT_FAMILY
from eventxperts_app.i18n import check_catalogues
from eventxperts_app.sections import SECTIONS
from eventxperts_app.settings import AppSettings
from eventxperts_app.ui.app_shell import AppShell
from eventxperts_app.web_client import ensure_web_client
from eventxperts_app.web_client.server import serve, web_app

logger = logging.getLogger("eventxperts_app")


def build_session_main(
    client: GatewayClient, font_url: str | None = None
) -> Callable[[ft.Page], Awaitable[None]]:
    """The per-session entry point Flet calls for every browser tab that connects.

    The gateway client is shared by all sessions: it holds the connection pool, never tokens.
    `font_url` registers the Telugu font with the page (the phone builds); the web client has it
    already, loaded before its first frame. The shell sets the theme (ui/theme.py), which follows
    the language.
    """

    async def session_main(page: ft.Page) -> None:
        page.title = brand.APP_NAME
        if font_url is not None:
            page.fonts = {TELUGU_FONT_FAMILY: font_url}
        page.theme_mode = ft.ThemeMode.LIGHT
        await AppShell(page, client, SECTIONS).start()

    return session_main


def run(settings: AppSettings | None = None) -> None:
    """Serves the web app (the Flutter client from this process: no CDN) until interrupted."""
    settings = settings or AppSettings.from_env()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    check_catalogues()
    web_client = ensure_web_client(settings.web_client_dir)
    logger.info(
        "starting app on http://%s:%s (gateway %s, web client %s)",
        settings.host,
        settings.port,
        settings.gateway_url,
        web_client.key,
    )
    client = GatewayClient(settings.gateway_url, settings.gateway_timeout_seconds)
    serve(
        web_app(
            build_session_main(client), web_client, settings.assets_dir, public_origin=settings.public_origin
        ),
        host=settings.host,
        port=settings.port,
    )
