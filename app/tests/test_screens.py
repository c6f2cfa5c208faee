"""Screens built without a browser: every label comes from the catalogue and follows the language."""

from __future__ import annotations

import pytest
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.account.login_screen import LoginScreen
from eventxperts_app.features.account.profile_screen import ProfileScreen
from eventxperts_app.features.account.register_screen import RegisterScreen
from eventxperts_app.i18n import Language, load_catalogue
from eventxperts_app.ui.app_context import AppContext, Screen
from eventxperts_app.ui.home_screen import HomeScreen

from .control_texts import shown_texts
from .languages import has_telugu, switch
from .payloads import user_json


def all_screens(ctx: AppContext) -> list[Screen]:
    user = parse_user(user_json(roles=["USER", "ORGANIZER", "STORE_OWNER", "SUPER_ADMIN"]))
    return [LoginScreen(ctx), RegisterScreen(ctx), ProfileScreen(ctx), HomeScreen(ctx, user)]


def test_every_label_key_bound_on_a_screen_is_in_the_catalogue(ctx: AppContext) -> None:
    keys = set().union(*(screen.labels.keys for screen in all_screens(ctx)))
    assert keys - set(load_catalogue(Language.EN)) == set()


@pytest.mark.parametrize("screen_index", range(4))
def test_switching_to_telugu_relabels_everything_on_the_screen(ctx: AppContext, screen_index: int) -> None:
    screen = all_screens(ctx)[screen_index]
    switch(ctx, screen, Language.TE)
    not_telugu = [t for t in shown_texts(*screen.controls) if not has_telugu(t)]
    assert not_telugu == []


def test_switching_back_to_english_leaves_no_telugu(ctx: AppContext) -> None:
    screen = RegisterScreen(ctx)
    switch(ctx, screen, Language.TE)
    switch(ctx, screen, Language.EN)
    assert [t for t in shown_texts(*screen.controls) if has_telugu(t)] == []
