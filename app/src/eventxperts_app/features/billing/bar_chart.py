"""Simple horizontal bar charts of amounts: one line per bar with its label, the bar and the amount in
words a screen reader (and a test) can read. Drawn from plain containers rather than flet-charts,
whose Flutter side is an extension the prebuilt web client does not carry (decision 0040)."""

from __future__ import annotations

from collections.abc import Sequence

import flet as ft

from eventxperts_app.ui.local_time import paise_text

# A bar's share of its line, in parts of this many (ResponsiveRow-free: a Row's expand ratios).
PARTS = 1000
BAR_HEIGHT = 14


def bar_parts(amounts: Sequence[int]) -> list[int]:
    """Each amount's bar length in PARTS of the largest amount (negative amounts by their size);
    a non-zero amount gets at least one part so it never looks like nothing."""
    largest = max((abs(a) for a in amounts), default=0)
    if largest == 0:
        return [0 for _ in amounts]
    return [max(1, abs(a) * PARTS // largest) if a else 0 for a in amounts]


def _bar(parts: int, negative: bool) -> ft.Row:
    colour = ft.Colors.ERROR if negative else ft.Colors.PRIMARY
    pieces: list[ft.Control] = []
    if parts:
        pieces.append(ft.Container(height=BAR_HEIGHT, bgcolor=colour, border_radius=3, expand=parts))
    if parts < PARTS:
        pieces.append(ft.Container(height=BAR_HEIGHT, expand=PARTS - parts))
    return ft.Row(pieces, spacing=0)


def bar_chart(rows: Sequence[tuple[str, int]]) -> ft.Column:
    """(label, paise) rows as bars scaled to the largest; the label above its bar keeps a phone's
    narrow width for the bar itself."""
    lines: list[ft.Control] = []
    for (label, paise), parts in zip(rows, bar_parts([p for _, p in rows]), strict=True):
        lines.append(
            ft.Column(
                [
                    ft.Row(
                        [ft.Text(label, expand=True), ft.Text(paise_text(paise), weight=ft.FontWeight.BOLD)],
                        spacing=8,
                    ),
                    _bar(parts, paise < 0),
                ],
                spacing=2,
            )
        )
    return ft.Column(lines, spacing=8)
