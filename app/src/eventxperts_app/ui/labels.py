"""Binds control texts to message ids so one call relabels a whole screen in another language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import flet as ft

from eventxperts_app.i18n import Msgid, Translator

C = TypeVar("C")


class Labels:
    """Every translated text of one screen, and how to redo the ones that are computed."""

    def __init__(self, tr: Translator) -> None:
        self.tr = tr
        self._bindings: list[tuple[object, str, Msgid, dict[str, str]]] = []
        self._recomputed: list[Callable[[], None]] = []

    def bind(self, control: C, attribute: str, msgid: Msgid, **params: str) -> C:
        """Sets `control.attribute` to `msgid` translated, now and on every language change.

        `params` fill the text's {placeholders} after translation.
        """
        self._bindings.append((control, attribute, msgid, params))
        setattr(control, attribute, self._text(msgid, params))
        return control

    def text(
        self,
        msgid: Msgid,
        *,
        size: float | None = None,
        weight: ft.FontWeight | None = None,
        color: ft.ColorValue | None = None,
        theme_style: ft.TextThemeStyle | None = None,
        visible: bool = True,
    ) -> ft.Text:
        control = ft.Text(size=size, weight=weight, color=color, theme_style=theme_style, visible=visible)
        return self.bind(control, "value", msgid)

    def on_relabel(self, recompute: Callable[[], None]) -> None:
        """For texts that are not one fixed message (error messages, state names): rerun on change."""
        self._recomputed.append(recompute)
        recompute()

    def apply(self) -> None:
        for control, attribute, msgid, params in self._bindings:
            setattr(control, attribute, self._text(msgid, params))
        for recompute in self._recomputed:
            recompute()

    def _text(self, msgid: Msgid, params: dict[str, str]) -> str:
        text = self.tr(msgid)
        return text.format(**params) if params else text
