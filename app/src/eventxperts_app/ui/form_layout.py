"""Form boxes and cards: they take the width there is (a phone's 390 px or a desktop's
1280 px) instead of a fixed one, two or three to a line where there is room."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TypeVar

import flet as ft

from eventxperts_app.i18n import Msgid
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.labels import Labels

E = TypeVar("E", bound=StrEnum)
Columns = dict[str | ft.ResponsiveRowBreakpoint, int | float]

# Columns of a ResponsiveRow (of 12): a full line on a phone, half or a third on wider screens.
HALF: Columns = {"xs": 12, "sm": 6}
THIRD: Columns = {"xs": 12, "sm": 6, "md": 4}
QUARTER: Columns = {"xs": 6, "md": 3}
WHOLE: Columns = {"xs": 12}


def box(
    labels: Labels,
    label: Msgid,
    *,
    col: Columns | None = None,
    keyboard: ft.KeyboardType = ft.KeyboardType.TEXT,
    hint: Msgid | None = None,
    multiline: bool = False,
) -> ft.TextField:
    field = ft.TextField(value="", keyboard_type=keyboard, col=col or HALF, multiline=multiline)
    if hint is not None:
        labels.bind(field, "helper", hint)
    return labels.bind(field, "label", label)


def dropdown(
    labels: Labels, label: Msgid, *, col: Columns | None = None, value: str | None = None
) -> ft.Dropdown:
    """A labelled dropdown. Editable (typing filters its options) because a plain one reaches the
    semantics tree as an unnamed button: a screen reader, and a browser test, could not find it."""
    field = ft.Dropdown(value=value, col=col or HALF, expand=True, editable=True, enable_filter=True)
    return labels.bind(field, "label", label)


def choice(
    labels: Labels,
    label: Msgid,
    options: Mapping[E, Msgid],
    *,
    col: Columns | None = None,
    value: str | None = None,
) -> ft.Dropdown:
    """A dropdown of codes named in the language on screen (renamed on every switch)."""
    field = dropdown(labels, label, col=col, value=value)

    def name_options() -> None:
        field.options = [
            ft.DropdownOption(key=code.value, text=labels.tr(name)) for code, name in options.items()
        ]

    labels.on_relabel(name_options)
    return field


def fields_row(*controls: ft.Control) -> ft.ResponsiveRow:
    return ft.ResponsiveRow(list(controls), spacing=12, run_spacing=12)


def heading(labels: Labels, label: Msgid) -> ft.Text:
    return labels.text(label, theme_style=ft.TextThemeStyle.TITLE_MEDIUM, weight=ft.FontWeight.BOLD)


def card(controls: Iterable[ft.Control], *, on_click: ClickHandler | None = None) -> ft.Card:
    """One thing on screen (a booking, an item, a day): a card the width of the screen."""
    inner = ft.Container(padding=12, content=ft.Column(list(controls), spacing=6), on_click=on_click)
    return ft.Card(content=inner, semantic_container=False)


def button(
    labels: Labels, label: Msgid, on_click: ClickHandler, *, filled: bool = False
) -> ft.FilledButton | ft.OutlinedButton:
    control: ft.FilledButton | ft.OutlinedButton = (
        ft.FilledButton(on_click=on_click) if filled else ft.OutlinedButton(on_click=on_click)
    )
    return labels.bind(control, "content", label)


def icon_button(
    labels: Labels, icon: ft.IconData, label: Msgid, on_click: ClickHandler, *, col: Columns | None = None
) -> ft.IconButton:
    """An icon button named in the semantics tree (by its icon's label: a tooltip alone leaves the
    button unnamed there) and by a tooltip for the mouse."""
    named = labels.bind(ft.Icon(icon), "semantics_label", label)
    return labels.bind(ft.IconButton(icon=named, on_click=on_click, col=col or 12), "tooltip", label)


def actions_row(*controls: ft.Control) -> ft.Row:
    return ft.Row(list(controls), wrap=True, spacing=8, run_spacing=8)
