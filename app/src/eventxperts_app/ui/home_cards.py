"""Cards of the home screen, as sections declare them; sections not built yet say so ("coming soon")."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.i18n import N_
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.section import HomeCard

CARD_WIDTH = 320


def home_card(labels: Labels, card: HomeCard, go: Callable[[str], Awaitable[None]]) -> ft.Card:
    """The card opens its section's route; a card without one is marked "Coming soon" instead."""
    lines: list[ft.Control] = [
        ft.Row([ft.Icon(card.icon), labels.text(card.title, weight=ft.FontWeight.BOLD)]),
        labels.text(card.body),
    ]
    if card.route is None:
        lines.append(_coming_soon(labels))
    content = ft.Container(padding=16, content=ft.Column(lines, spacing=8))
    if card.route is not None:
        content.on_click = _opener(go, card.route)
    # Each text its own semantics node, so the badge can be found (and read) on its own.
    return ft.Card(width=CARD_WIDTH, semantic_container=False, content=content)


def _opener(go: Callable[[str], Awaitable[None]], route: str) -> Callable[[], Awaitable[None]]:
    async def open_section() -> None:
        await go(route)

    return open_section


def _coming_soon(labels: Labels) -> ft.Control:
    return ft.Container(
        content=labels.text(
            N_("Coming soon"),
            theme_style=ft.TextThemeStyle.LABEL_MEDIUM,
            color=ft.Colors.ON_TERTIARY_CONTAINER,
        ),
        bgcolor=ft.Colors.TERTIARY_CONTAINER,
        padding=ft.Padding.symmetric(horizontal=8, vertical=2),
        border_radius=8,
    )
