"""The bar on every screen: app name, English/తెలుగు switch, and navigation once signed in.

On a wide screen everything is a button in the bar. On a phone's width the signed-in bar keeps the
app's name and folds the rest (sections, language, sign-out) into one menu button, so nothing is
squeezed or clipped; before signing in there is only the language switch, which fits beside the name.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import flet as ft

from eventxperts_app.brand import APP_NAME
from eventxperts_app.fonts import TELUGU_FONT_FAMILY
from eventxperts_app.i18n import N_, Language, Msgid
from eventxperts_app.ui import routes
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.sections import Sections
from eventxperts_app.ui.theme import MIN_TAP_TARGET

# Each language is named in itself, so the switch reads the same whichever language is shown.
LANGUAGE_NAMES = {Language.EN: "English", Language.TE: "తెలుగు"}
MENU = N_("Menu")

Go = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class BarEntry:
    label: Msgid
    icon: ft.IconData
    go: Go


def build_app_bar(
    labels: Labels, ctx: AppContext, sign_out: Callable[[], Awaitable[None]], sections: Sections
) -> ft.AppBar:
    """Home, the sections' entries for the person's roles, and sign-out follow the language switch."""
    entries = _entries(ctx, sign_out, sections)
    if entries and ctx.viewport.narrow:
        actions: list[ft.Control] = [_menu(labels, ctx, entries)]
    else:
        actions = [_language_switch(labels, ctx), *(_nav_button(labels, entry) for entry in entries)]
    return ft.AppBar(title=ft.Text(APP_NAME), actions=actions)


def _entries(ctx: AppContext, sign_out: Go, sections: Sections) -> list[BarEntry]:
    user = ctx.auth.user
    if not ctx.auth.signed_in or user is None:
        return []
    entries = [BarEntry(N_("Home"), ft.Icons.HOME, _goer(ctx, routes.HOME))]
    entries += [BarEntry(e.label, e.icon, _goer(ctx, e.route)) for e in sections.nav_for(user.roles)]
    return [*entries, BarEntry(N_("Sign out"), ft.Icons.LOGOUT, sign_out)]


def _goer(ctx: AppContext, route: str) -> Go:
    async def go() -> None:
        await ctx.go(route)

    return go


def _language_name(language: Language) -> ft.Text:
    # The Telugu font by name: the first screen is drawn while the page's theme (whose font has Telugu)
    # is still being applied, and "తెలుగు" would show as boxes in Flutter's default font.
    return ft.Text(LANGUAGE_NAMES[language], font_family=TELUGU_FONT_FAMILY)


def _language_switch(labels: Labels, ctx: AppContext) -> ft.Control:
    buttons = {
        language: ft.TextButton(content=_language_name(language), on_click=_switcher(ctx, language))
        for language in LANGUAGE_NAMES
    }

    def mark_current() -> None:
        # The language shown is marked as chosen (filled, bold), not greyed out as if it could not be had.
        for language, button in buttons.items():
            current = language is ctx.tr.language
            button.style = ft.ButtonStyle(bgcolor=ft.Colors.SECONDARY_CONTAINER) if current else None
            content = button.content
            if isinstance(content, ft.Text):
                content.weight = ft.FontWeight.BOLD if current else ft.FontWeight.NORMAL

    labels.on_relabel(mark_current)
    return ft.Row(list(buttons.values()), spacing=0)


def _menu(labels: Labels, ctx: AppContext, entries: list[BarEntry]) -> ft.PopupMenuButton:
    """One button holding the sections, the languages and sign-out (phones)."""
    # By the time anyone opens the menu the theme (and its Telugu font) has long been applied.
    languages = {
        language: ft.PopupMenuItem(content=name, on_click=_switcher(ctx, language))
        for language, name in LANGUAGE_NAMES.items()
    }

    def mark_current() -> None:
        for language, item in languages.items():
            item.checked = language is ctx.tr.language

    labels.on_relabel(mark_current)
    *places, leave = (_menu_item(labels, entry) for entry in entries)
    items = [*places, ft.PopupMenuItem(), *languages.values(), ft.PopupMenuItem(), leave]
    # Named twice on purpose: without a tooltip Flutter adds its own English "Show menu", and the
    # icon's label is what names the button in the semantics tree either way.
    icon = labels.bind(ft.Icon(ft.Icons.MENU), "semantics_label", MENU)
    opener = ft.Container(icon, width=MIN_TAP_TARGET, height=MIN_TAP_TARGET, alignment=ft.Alignment.CENTER)
    return labels.bind(ft.PopupMenuButton(content=opener, items=items), "tooltip", MENU)


def _menu_item(labels: Labels, entry: BarEntry) -> ft.PopupMenuItem:
    return labels.bind(ft.PopupMenuItem(icon=entry.icon, on_click=entry.go), "content", entry.label)


def _switcher(ctx: AppContext, language: Language) -> Callable[[], None]:
    def switch() -> None:
        ctx.switch_language(language)

    return switch


def _nav_button(labels: Labels, entry: BarEntry) -> ft.TextButton:
    return labels.bind(ft.TextButton(icon=entry.icon, on_click=entry.go), "content", entry.label)
