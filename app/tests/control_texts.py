"""Reads the texts a tree of Flet controls would show (what a person sees, without a browser), and
presses what shows a given text as a person would."""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import flet as ft

LABEL_ATTRIBUTES = ("label", "content", "error", "error_text", "text", "tooltip", "semantics_label")
CHILD_ATTRIBUTES = ("controls", "content", "options", "actions", "title", "items")
# For these, `value` is data typed or chosen by the person (or a key), not a label.
INPUTS = (ft.TextField, ft.RadioGroup, ft.Radio, ft.Dropdown)


def walk(control: object) -> Iterator[object]:
    """The control and its visible descendants."""
    if getattr(control, "visible", True) is False:
        return
    yield control
    for name in CHILD_ATTRIBUTES:
        child = getattr(control, name, None)
        for item in child if isinstance(child, list) else [child]:
            if isinstance(item, ft.BaseControl):
                yield from walk(item)


def shown_texts(*roots: object) -> list[str]:
    texts: list[str] = []
    for control in (c for root in roots for c in walk(root)):
        names = LABEL_ATTRIBUTES if isinstance(control, INPUTS) else ("value", *LABEL_ATTRIBUTES)
        texts += [v for v in (getattr(control, n, None) for n in names) if isinstance(v, str) and v]
    return texts


def with_text(root: object, text: str) -> ft.BaseControl:
    """The first visible control under `root` whose own label or value is `text`."""
    for control in walk(root):
        names = ("value", *LABEL_ATTRIBUTES)
        if isinstance(control, ft.BaseControl) and text in (getattr(control, n, None) for n in names):
            return control
    raise LookupError(f"nothing shows {text!r}")


async def press(root: object, text: str) -> None:
    """Clicks the control showing `text`, as Flet would: the app's handlers take no event."""
    control = with_text(root, text)
    assert not getattr(control, "disabled", False), f"{text!r} is disabled"
    handler = getattr(control, "on_click", None)
    assert callable(handler), f"{text!r} cannot be pressed"
    outcome = handler()
    if inspect.isawaitable(outcome):
        await outcome
