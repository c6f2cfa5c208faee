"""Binds control texts to catalogue keys so one call relabels a whole screen in another language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import flet as ft

from eventxperts_app.i18n import Translator

C = TypeVar("C")


class Labels:
    """Every catalogue-backed text of one screen, and how to redo the ones that are computed."""

    def __init__(self, tr: Translator) -> None:
        self.tr = tr
        self._bindings: list[tuple[object, str, str, dict[str, str]]] = []
        self._recomputed: list[Callable[[], None]] = []

    def bind(self, control: C, attribute: str, key: str, **params: str) -> C:
        """Sets `control.attribute` to the text of `key` now and on every language change."""
        self._bindings.append((control, attribute, key, params))
        setattr(control, attribute, self._text(key, params))
        return control

    def text(
        self,
        key: str,
        *,
        size: float | None = None,
        weight: ft.FontWeight | None = None,
        color: ft.ColorValue | None = None,
        theme_style: ft.TextThemeStyle | None = None,
        visible: bool = True,
    ) -> ft.Text:
        control = ft.Text(size=size, weight=weight, color=color, theme_style=theme_style, visible=visible)
        return self.bind(control, "value", key)

    def on_relabel(self, recompute: Callable[[], None]) -> None:
        """For texts that are not a fixed key (error messages, state names): rerun on change."""
        self._recomputed.append(recompute)
        recompute()

    @property
    def keys(self) -> set[str]:
        """The catalogue keys bound on this screen."""
        return {key for _, _, key, _ in self._bindings}

    def apply(self) -> None:
        for control, attribute, key, params in self._bindings:
            setattr(control, attribute, self._text(key, params))
        for recompute in self._recomputed:
            recompute()

    def _text(self, key: str, params: dict[str, str]) -> str:
        text = self.tr(key)
        return text.format(**params) if params else text
