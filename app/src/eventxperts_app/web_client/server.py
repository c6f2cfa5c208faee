"""The app's web server: Flet's FastAPI app behind our front door, served by uvicorn (as ft.run does)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import flet as ft
import flet_web.fastapi as flet_fastapi
import uvicorn
from fastapi import FastAPI

from eventxperts_app.web_client.build import WebClient
from eventxperts_app.web_client.front_door import FrontDoor
from eventxperts_app.web_client.pages import Pages

SessionMain = Callable[[ft.Page], Awaitable[None]]


def web_app(
    session_main: SessionMain, client: WebClient, assets_dir: Path, *, public_origin: str | None = None
) -> FastAPI:
    """Flet's app (its websocket, the app's assets) with our pages and versioned client in front;
    `public_origin` (the edge's) is where the page may take the services' images from."""
    flet_app = flet_fastapi.app(session_main, assets_dir=str(assets_dir), no_cdn=True)
    # Flet's FastAPI starts and stops Flet's session manager with the server.
    app: FastAPI = flet_fastapi.FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/", FrontDoor(client.directory.parent, Pages(client), flet_app, public_origin=public_origin))
    return app


def serve(app: FastAPI, *, host: str, port: int) -> None:
    """Until interrupted (SIGINT and SIGTERM stop it gracefully)."""
    # The edge on this machine names the browser in X-Forwarded-For; uvicorn believes it from loopback
    # only, and Flet reports it as page.client_ip, which the app forwards to the gateway.
    uvicorn.run(
        app,
        host=host,
        port=port,
        ws="websockets-sansio",
        log_level="warning",
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
    )
