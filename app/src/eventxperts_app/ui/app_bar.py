"""The bar on every screen: app name, English/తెలుగు switch, and navigation once signed in."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.brand import APP_NAME
from eventxperts_app.fonts import TELUGU_FONT_FAMILY
from eventxperts_app.i18n import N_, Language, Msgid
from eventxperts_app.ui import routes
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.sections import Sections

# Each language is named in itself, so the switch reads the same whichever language is shown.
LANGUAGE_NAMES = {Language.EN: "English", Language.TE: "తెలుగు"}


def build_app_bar(
    labels: Labels, ctx: AppContext, sign_out: Callable[[], Awaitable[None]], sections: Sections
) -> ft.AppBar:
    """Home, the sections' entries for the person's roles, and sign-out follow the language switch."""
    actions: list[ft.Control] = [_language_switch(labels, ctx)]
    user = ctx.auth.user
    if ctx.auth.signed_in and user is not None:
        entries = [(N_("Home"), ft.Icons.HOME, routes.HOME)]
        entries += [(entry.label, entry.icon, entry.route) for entry in sections.nav_for(user.roles)]
        actions += [_nav_button(labels, label, icon, _goer(ctx, route)) for label, icon, route in entries]
        actions.append(_nav_button(labels, N_("Sign out"), ft.Icons.LOGOUT, sign_out))
    return ft.AppBar(title=ft.Text(APP_NAME), actions=actions)


def _goer(ctx: AppContext, route: str) -> Callable[[], Awaitable[None]]:
    async def go() -> None:
        await ctx.go(route)

    return go


def _language_switch(labels: Labels, ctx: AppContext) -> ft.Control:
    # The Telugu font by name: the first screen is drawn while the page's theme (whose font has Telugu)
    # is still being applied, and "తెలుగు" would show as boxes in Flutter's default font.
    buttons = {
        language: ft.TextButton(
            content=ft.Text(name, font_family=TELUGU_FONT_FAMILY), on_click=_switcher(ctx, language)
        )
        for language, name in LANGUAGE_NAMES.items()
    }

    def mark_current() -> None:
        # The language on screen is shown selected (filled, bold), not greyed out as if unavailable.
        for language, button in buttons.items():
            current = language is ctx.tr.language
            button.style = ft.ButtonStyle(bgcolor=ft.Colors.SECONDARY_CONTAINER) if current else None
            content = button.content
            if isinstance(content, ft.Text):
                content.weight = ft.FontWeight.BOLD if current else ft.FontWeight.NORMAL

    labels.on_relabel(mark_current)
    return ft.Row(list(buttons.values()), spacing=0)


def _switcher(ctx: AppContext, language: Language) -> Callable[[], None]:
    def switch() -> None:
        ctx.switch_language(language)

    return switch


def _nav_button(
    labels: Labels, label: Msgid, icon: ft.IconData, go: Callable[[], Awaitable[None]]
) -> ft.TextButton:
    return labels.bind(ft.TextButton(icon=icon, on_click=go), "content", label)
