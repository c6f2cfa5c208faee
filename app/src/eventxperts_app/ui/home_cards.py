"""Cards of the home screen; features not built yet say so plainly ("coming soon")."""

from __future__ import annotations

import flet as ft

from eventxperts_app.ui.labels import Labels

CARD_WIDTH = 320


def coming_soon_card(labels: Labels, feature: str, icon: ft.IconData) -> ft.Card:
    """A placeholder for `feature` (catalogue keys home.<feature>.title / .body)."""
    badge = ft.Container(
        content=labels.text("home.coming_soon", size=12, color=ft.Colors.ON_TERTIARY_CONTAINER),
        bgcolor=ft.Colors.TERTIARY_CONTAINER,
        padding=ft.Padding.symmetric(horizontal=8, vertical=2),
        border_radius=8,
    )
    return ft.Card(
        width=CARD_WIDTH,
        # Each text its own semantics node, so the badge can be found (and read) on its own.
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column(
                [
                    ft.Row([ft.Icon(icon), labels.text(f"home.{feature}.title", weight=ft.FontWeight.BOLD)]),
                    labels.text(f"home.{feature}.body"),
                    badge,
                ],
                spacing=8,
            ),
        ),
    )
