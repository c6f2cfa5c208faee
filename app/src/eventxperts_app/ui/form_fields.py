"""Form controls labelled in the language on screen, laid out the same way on every screen."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.i18n import Msgid
from eventxperts_app.ui.labels import Labels

FORM_WIDTH = 420

ClickHandler = Callable[[], Awaitable[None]]


def text_field(
    labels: Labels,
    label: Msgid,
    *,
    password: bool = False,
    keyboard: ft.KeyboardType = ft.KeyboardType.TEXT,
) -> ft.TextField:
    field = ft.TextField(
        value="",
        password=password,
        can_reveal_password=password,
        keyboard_type=keyboard,
        width=FORM_WIDTH,
    )
    return labels.bind(field, "label", label)


def primary_button(labels: Labels, label: Msgid, on_click: ClickHandler) -> ft.Button:
    return labels.bind(ft.FilledButton(on_click=on_click), "content", label)


def link_button(labels: Labels, label: Msgid, on_click: ClickHandler) -> ft.TextButton:
    return labels.bind(ft.TextButton(on_click=on_click), "content", label)


def form_column(*controls: ft.Control) -> ft.Column:
    return ft.Column(list(controls), width=FORM_WIDTH, spacing=12)


def screen_title(labels: Labels, label: Msgid) -> ft.Text:
    return labels.text(label, theme_style=ft.TextThemeStyle.HEADLINE_SMALL)
