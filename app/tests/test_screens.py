"""Every screen the registered sections declare (and the home screen), built without a browser: every
label is translated and follows the language."""

from __future__ import annotations

import pytest
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.i18n import Language
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.app_context import AppContext, Screen
from eventxperts_app.ui.home_screen import HomeScreen
from eventxperts_app.ui.routes import HOME

from .control_texts import shown_texts
from .languages import has_telugu, switch
from .payloads import user_json

PATHS = sorted(route.path for section in SECTIONS.all for route in section.routes)
EVERY_ROLE = ["USER", "ORGANIZER", "STORE_OWNER", "SUPER_ADMIN"]


def screen_at(ctx: AppContext, path: str) -> Screen:
    """The screen the shell shows at `path`: the home screen of someone holding every role, or a
    section's screen."""
    if path == HOME:
        return HomeScreen(ctx, parse_user(user_json(roles=EVERY_ROLE)), SECTIONS)
    route = SECTIONS.route(path)
    assert route is not None
    return route.screen(ctx)


@pytest.mark.parametrize("path", [HOME, *PATHS])
def test_switching_to_telugu_relabels_everything_on_the_screen(ctx: AppContext, path: str) -> None:
    screen = screen_at(ctx, path)
    switch(ctx, screen, Language.TE)
    not_telugu = [t for t in shown_texts(*screen.controls) if not has_telugu(t)]
    assert not_telugu == []


@pytest.mark.parametrize("path", [HOME, *PATHS])
def test_switching_back_to_english_leaves_no_telugu(ctx: AppContext, path: str) -> None:
    screen = screen_at(ctx, path)
    switch(ctx, screen, Language.TE)
    switch(ctx, screen, Language.EN)
    assert [t for t in shown_texts(*screen.controls) if has_telugu(t)] == []
