"""Switching a screen's language in a test, and telling Telugu text from English."""

from __future__ import annotations

import re

from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext, Screen

TELUGU = re.compile("[\u0c00-\u0c7f]")


def has_telugu(text: str) -> bool:
    return TELUGU.search(text) is not None


def switch(ctx: AppContext, screen: Screen, language: Language) -> None:
    """As the app bar's switch does: the session's language changes and the screen relabels."""
    ctx.tr.switch(language)
    screen.labels.apply()
