"""Shows typed errors next to their fields, translated by code, and keeps them in the language."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable

import flet as ft

from eventxperts_app.api.models import ApiError
from eventxperts_app.i18n import N_, Language, Msgid, Translator
from eventxperts_app.ui.error_placement import place_errors
from eventxperts_app.ui.error_texts import REASON_TEXTS
from eventxperts_app.ui.labels import Labels

ErrorSlot = Callable[[str | None], None]

# Codes whose server message names the exact rule broken (e.g. which password rule).
_SPECIFIC_MESSAGES = frozenset({"WEAK_PASSWORD"})


# Codes whose server message says how long to wait ("Try again in 12 minutes."): the app says it too,
# in the language on screen.
_WAITS: dict[str, Msgid] = {
    "ACCOUNT_LOCKED": N_("Too many failed attempts. Try again in {minutes} min, or reset your password."),
    "RESET_REQUESTS_LIMITED": N_("Too many codes asked for. Try again in {minutes} min."),
    "PHONE_CODE_REQUESTS_LIMITED": N_("Too many codes asked for. Try again in {minutes} min."),
}
_WAIT = re.compile(r"(\d+) (second|minute)")


def describe(tr: Translator, error: ApiError) -> str:
    """The error in the language on screen: the exact rule broken when the service names it
    (`reason`), else the code's text (in English with the service's message for a few codes)."""
    if error.reason is not None and error.reason in REASON_TEXTS:
        return tr(REASON_TEXTS[error.reason])
    text = tr.error(error.code)
    wait = _WAIT.search(error.message) if error.code in _WAITS else None
    if wait is not None:
        amount = int(wait.group(1))
        minutes = amount if wait.group(2) == "minute" else math.ceil(amount / 60)
        return tr(_WAITS[error.code]).format(minutes=minutes)
    if error.code in _SPECIFIC_MESSAGES and tr.language is Language.EN and error.message:
        return f"{text} ({error.message})"
    return text


def text_field_slot(control: ft.TextField) -> ErrorSlot:
    def show(text: str | None) -> None:
        control.error = text

    return show


def dropdown_slot(control: ft.Dropdown) -> ErrorSlot:
    def show(text: str | None) -> None:
        control.error_text = text

    return show


def text_slot(control: ft.Text) -> ErrorSlot:
    def show(text: str | None) -> None:
        control.value = text or ""
        control.visible = bool(text)

    return show


def error_text() -> ft.Text:
    return ft.Text("", color=ft.Colors.ERROR, visible=False)


class FormErrors:
    """The errors a form currently shows: per field slot, and a banner for the rest."""

    def __init__(self, labels: Labels, slots: dict[str, ErrorSlot]) -> None:
        self._tr = labels.tr
        self._slots = slots
        self.banner = error_text()
        self._errors: tuple[ApiError, ...] = ()
        labels.on_relabel(self._render)

    def show(self, errors: Iterable[ApiError]) -> None:
        self._errors = tuple(errors)
        self._render()

    def clear(self) -> None:
        self.show(())

    def _render(self) -> None:
        placed = place_errors(self._errors, list(self._slots))
        for name, slot in self._slots.items():
            texts = [describe(self._tr, error) for error in placed.by_field.get(name, ())]
            slot(" ".join(texts) or None)
        text_slot(self.banner)("\n".join(describe(self._tr, e) for e in placed.general) or None)
