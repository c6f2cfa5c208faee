"""One page session: the screen for the current route, the app bar and the language switch."""

from __future__ import annotations

from urllib.parse import urlsplit

import flet as ft

from eventxperts_app.api import AuthSession, GatewayClient
from eventxperts_app.brand import APP_NAME
from eventxperts_app.i18n import N_, Language, Translator
from eventxperts_app.ui import routes
from eventxperts_app.ui.app_bar import build_app_bar
from eventxperts_app.ui.app_context import AppContext, Screen
from eventxperts_app.ui.home_screen import HomeScreen
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.sections import Sections
from eventxperts_app.ui.theme import app_theme
from eventxperts_app.ui.viewport import Viewport

AUTH_SESSION_KEY = "eventxperts.auth"
HOME_TITLE = N_("Home")
# Space around a screen's content: a phone's width has none to spare.
SCREEN_PADDING = {True: 12, False: 24}


class AppShell:
    def __init__(self, page: ft.Page, client: GatewayClient, sections: Sections) -> None:
        self._page = page
        self._sections = sections
        tr = Translator(error_texts=sections.error_texts)
        # Every call of this session names the browser's address (the edge's X-Forwarded-For, read by
        # uvicorn), so the users service throttles this person apart from everyone else.
        client = client.for_client(page.client_ip)
        auth = AuthSession(client)
        # Tokens live in this page session's memory only: never in browser storage.
        page.session.store.set(AUTH_SESSION_KEY, auth)
        self.ctx = AppContext(
            tr=tr,
            client=client,
            auth=auth,
            go=self.go,
            refresh=page.update,
            switch_language=self.switch_language,
            viewport=Viewport(page.width),
            confirm=self.confirm,
            origin=_origin(page.url),
            location=lambda: self.route,
        )
        self.route = ""
        self.location = ""  # the route with its arguments, as the address bar shows it
        self.screen: Screen | None = None
        self._chrome = Labels(tr)

    async def start(self) -> None:
        self._page.on_route_change = self._on_route_change
        self._page.on_resize = self._on_resize
        self._page.theme = app_theme(self.ctx.tr.language)
        await self.go(self._page.route)

    async def go(self, requested: str) -> None:
        """Shows the screen for `requested` (or where the guard sends) and puts it in the URL."""
        await self.show(requested)
        # self.location, not the route asked for: loading a screen may have sent us elsewhere (a
        # refused refresh token goes back to the sign-in screen).
        if self.location != self._page.route:
            await self._page.push_route(self.location)

    async def show(self, requested: str) -> None:
        route = routes.resolve_route(requested, signed_in=self.ctx.auth.signed_in, sections=self._sections)
        # A link's arguments go to the screen it names, never to one the guard sent it to instead.
        arguments = routes.arguments_of(requested) if route == routes.path_of(requested) else {}
        self.ctx.arguments.replace(arguments)
        self.route, self.location = route, routes.location(route, arguments)
        self.ctx.viewport.forget_listeners()  # the screen shown before no longer lays itself out
        self.screen = self._screen_for(route)
        self._chrome = Labels(self.ctx.tr)
        self._show_title()
        self._page.views.clear()
        self._page.views.append(
            ft.View(
                route=route,
                appbar=build_app_bar(self._chrome, self.ctx, self.sign_out, self._sections),
                controls=[*self.screen.controls],
                scroll=ft.ScrollMode.AUTO,
                padding=SCREEN_PADDING[self.ctx.viewport.narrow],
            )
        )
        self._page.update()
        await self.screen.load()
        self._page.update()

    def switch_language(self, language: Language) -> None:
        self.ctx.tr.switch(language)
        self._page.theme = app_theme(language)  # Telugu a notch larger (ui/theme.py)
        self._show_title()
        self._chrome.apply()
        if self.screen is not None:
            self.screen.labels.apply()
        self._page.update()

    async def sign_out(self) -> None:
        await self.ctx.auth.sign_out()
        await self.go(routes.SIGN_IN)

    def confirm(self, text: str) -> None:
        """Shows `text` in a snackbar: at the bottom of the screen, wherever the person scrolled."""
        self._page.show_dialog(ft.SnackBar(ft.Text(text), show_close_icon=True))

    def _on_resize(self, event: ft.PageResizeEvent) -> None:
        if not self.ctx.viewport.resize(event.width) or not self._page.views:
            return
        # Crossing between a phone's width and a wider one: the bar and the screen lay out again,
        # in place, so what was typed stays.
        view = self._page.views[-1]
        self._chrome = Labels(self.ctx.tr)
        view.appbar = build_app_bar(self._chrome, self.ctx, self.sign_out, self._sections)
        view.padding = SCREEN_PADDING[self.ctx.viewport.narrow]
        self._page.update()

    async def _on_route_change(self, event: ft.RouteChangeEvent) -> None:
        if event.route != self.location:  # our own push_route echoes back; it is already shown
            await self.show(event.route)

    def _show_title(self) -> None:
        """The browser tab (and the installed app's window) names the screen, in the language shown."""
        route = self._sections.route(self.route)
        title = route.title if route is not None else HOME_TITLE
        self._page.title = f"{self.ctx.tr(title)} · {APP_NAME}"

    def _screen_for(self, path: str) -> Screen:
        user = self.ctx.auth.user
        if path == routes.HOME and user is not None:
            return HomeScreen(self.ctx, user, self._sections)
        route = self._sections.route(path) or self._sections.route(routes.SIGN_IN)
        assert route is not None, "Sections refuses a registry without the sign-in screen"
        return route.screen(self.ctx)


def _origin(url: str | None) -> str | None:
    """The scheme and host of the page's address (http://127.0.0.1:8080), which guests' links use."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None
