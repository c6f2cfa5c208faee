"""Form controls labelled in the language on screen, laid out the same way on every screen."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.i18n import N_, Msgid
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
    field = ft.TextField(value="", password=password, keyboard_type=keyboard, width=FORM_WIDTH)
    if password:
        field.suffix = _reveal_button(labels, field)
    return labels.bind(field, "label", label)


def _reveal_button(labels: Labels, field: ft.TextField) -> ft.IconButton:
    """Shows or hides the password; its label is read out and shown as a tooltip (Flutter's own
    reveal button has none)."""

    def toggle() -> None:
        field.password = not field.password
        button.icon = ft.Icons.VISIBILITY_OFF if not field.password else ft.Icons.VISIBILITY
        field.update()

    button = ft.IconButton(icon=ft.Icons.VISIBILITY, on_click=toggle)
    return labels.bind(button, "tooltip", N_("Show or hide the password"))


def submit_on_enter(on_submit: ClickHandler, *fields: ft.TextField) -> None:
    """Enter in any of `fields` does what the form's button does."""

    async def submitted() -> None:
        await on_submit()

    for field in fields:
        field.on_submit = submitted


def primary_button(labels: Labels, label: Msgid, on_click: ClickHandler) -> ft.Button:
    return labels.bind(ft.FilledButton(on_click=on_click), "content", label)


def link_button(labels: Labels, label: Msgid, on_click: ClickHandler) -> ft.TextButton:
    return labels.bind(ft.TextButton(on_click=on_click), "content", label)


def form_column(*controls: ft.Control) -> ft.Column:
    return ft.Column(list(controls), width=FORM_WIDTH, spacing=12)


def screen_title(labels: Labels, label: Msgid) -> ft.Text:
    return labels.text(label, theme_style=ft.TextThemeStyle.HEADLINE_SMALL)
