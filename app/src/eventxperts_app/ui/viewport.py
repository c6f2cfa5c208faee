"""How wide the page is, and what changes when it crosses from a phone's width to a wider one.

The shell reads the width Flutter reports (at start and on every resize); screens ask `narrow` when
they lay themselves out and register a callback for when it flips. Callbacks belong to the screen on
show: the shell forgets them when it shows another one.
"""

from __future__ import annotations

from collections.abc import Callable

# Below this many logical pixels the app lays out for a phone held upright (Material's compact
# window class ends at 600).
NARROW_BELOW = 600
# Before the browser has said how wide it is: a desktop's width, the layout the app had before.
UNKNOWN_WIDTH = 1280.0


class Viewport:
    def __init__(self, width: float | None = None) -> None:
        self.width = width or UNKNOWN_WIDTH
        self._on_change: list[Callable[[], None]] = []

    @property
    def narrow(self) -> bool:
        return self.width < NARROW_BELOW

    def on_change(self, relayout: Callable[[], None]) -> None:
        """Calls `relayout` whenever `narrow` flips (not on every pixel of a resize)."""
        self._on_change.append(relayout)

    def forget_listeners(self) -> None:
        self._on_change.clear()

    def resize(self, width: float | None) -> bool:
        """Takes the page's new width; True when the layout has to change."""
        was_narrow = self.narrow
        self.width = width or self.width
        if self.narrow == was_narrow:
            return False
        for relayout in self._on_change:
            relayout()
        return True
