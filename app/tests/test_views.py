"""Screens built without a browser: every label comes from the catalogue and follows the language."""

from __future__ import annotations

import re

import pytest
from eventxperts_app.api.models import ApiError, AuthResult, Role, State, TokenPair
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.i18n import Language, load_catalogue
from eventxperts_app.views.app_bar import build_app_bar
from eventxperts_app.views.app_context import AppContext, Screen
from eventxperts_app.views.home_screen import HomeScreen
from eventxperts_app.views.labels import Labels
from eventxperts_app.views.login_screen import LoginScreen
from eventxperts_app.views.profile_screen import ProfileScreen
from eventxperts_app.views.register_screen import RegisterScreen

from .control_texts import shown_texts
from .payloads import user_json

TELUGU = re.compile("[\u0c00-\u0c7f]")


def all_screens(ctx: AppContext) -> list[Screen]:
    user = parse_user(user_json(roles=["USER", "ORGANIZER", "STORE_OWNER", "SUPER_ADMIN"]))
    return [LoginScreen(ctx), RegisterScreen(ctx), ProfileScreen(ctx), HomeScreen(ctx, user)]


def switch(ctx: AppContext, screen: Screen, language: Language) -> None:
    ctx.tr.switch(language)
    screen.labels.apply()


def test_every_label_key_bound_on_a_screen_is_in_the_catalogue(ctx: AppContext) -> None:
    keys = set().union(*(screen.labels.keys for screen in all_screens(ctx)))
    assert keys - set(load_catalogue(Language.EN)) == set()


@pytest.mark.parametrize("screen_index", range(4))
def test_switching_to_telugu_relabels_everything_on_the_screen(ctx: AppContext, screen_index: int) -> None:
    screen = all_screens(ctx)[screen_index]
    switch(ctx, screen, Language.TE)
    not_telugu = [t for t in shown_texts(*screen.controls) if not TELUGU.search(t)]
    assert not_telugu == []


def test_switching_back_to_english_leaves_no_telugu(ctx: AppContext) -> None:
    screen = RegisterScreen(ctx)
    switch(ctx, screen, Language.TE)
    switch(ctx, screen, Language.EN)
    assert [t for t in shown_texts(*screen.controls) if TELUGU.search(t)] == []


async def test_empty_login_shows_required_next_to_both_fields(ctx: AppContext) -> None:
    screen = LoginScreen(ctx)
    await screen._submit()
    assert (screen.email.error, screen.password.error) == ("Required", "Required")
    switch(ctx, screen, Language.TE)
    assert screen.email.error == load_catalogue(Language.TE)["error.REQUIRED"]


async def test_an_unreachable_gateway_is_reported_above_the_form(ctx: AppContext) -> None:
    screen = LoginScreen(ctx)
    screen.email.value, screen.password.value = "ravi@example.in", "a long password"
    await screen._submit()
    assert screen.errors.banner.visible
    assert screen.errors.banner.value == load_catalogue(Language.EN)["error.GATEWAY_UNAVAILABLE"]
    assert screen.submit.disabled is False


def test_server_errors_are_shown_next_to_their_fields_and_translated(ctx: AppContext) -> None:
    screen = RegisterScreen(ctx)
    screen.errors.show(
        [
            ApiError("EMAIL_TAKEN", "taken", "email"),
            ApiError("WEAK_PASSWORD", "needs at least 10 characters", "password"),
            ApiError("INVALID_PHONE", "bad"),
        ]
    )
    english = load_catalogue(Language.EN)
    assert screen.email.error == english["error.EMAIL_TAKEN"]
    assert screen.phone.error == english["error.INVALID_PHONE"]
    assert screen.password.error == f"{english['error.WEAK_PASSWORD']} (needs at least 10 characters)"
    switch(ctx, screen, Language.TE)
    assert screen.password.error == load_catalogue(Language.TE)["error.WEAK_PASSWORD"]


@pytest.mark.parametrize(
    ("roles", "cards"),
    [
        (["ORGANIZER"], ["home.bookings.title", "home.calendar.title"]),
        (["STORE_OWNER"], ["home.store.title"]),
        (["USER"], ["home.browse.title"]),
        (["USER", "ORGANIZER"], ["home.bookings.title", "home.calendar.title", "home.browse.title"]),
        (["SUPER_ADMIN"], []),
    ],
)
def test_the_home_screen_offers_what_the_roles_allow(
    ctx: AppContext, roles: list[str], cards: list[str]
) -> None:
    screen = HomeScreen(ctx, parse_user(user_json(roles=roles)))
    english = load_catalogue(Language.EN)
    card_titles = {english[k] for k in english if k.startswith("home.") and k.endswith(".title")}
    assert [t for t in shown_texts(*screen.controls) if t in card_titles] == [english[k] for k in cards]
    assert (screen.admin_panel is not None) == ("SUPER_ADMIN" in roles)
    if cards:
        assert english["home.coming_soon"] in shown_texts(*screen.controls)


def test_the_profile_names_states_in_the_chosen_language(ctx: AppContext) -> None:
    screen = ProfileScreen(ctx)
    screen._states = (State("36", "Telangana", "తెలంగాణ"), State("37", "Andhra Pradesh", "ఆంధ్ర ప్రదేశ్"))
    switch(ctx, screen, Language.TE)
    assert [o.text for o in screen.state.options] == ["తెలంగాణ", "ఆంధ్ర ప్రదేశ్"]
    switch(ctx, screen, Language.EN)
    assert [o.text for o in screen.state.options] == ["Telangana", "Andhra Pradesh"]


def test_the_profile_form_shows_and_returns_the_saved_profile(ctx: AppContext) -> None:
    screen = ProfileScreen(ctx)
    screen._show(parse_user(user_json()).profile)
    form = screen.form()
    assert (form.gstin, form.state_code, form.pin_code, form.default_city) == (
        "36AABCU9603R1ZM",
        "36",
        "500001",
        "Hyderabad",
    )


async def test_the_app_bar_offers_navigation_only_when_signed_in(ctx: AppContext) -> None:
    async def sign_out() -> None:
        """Not pressed in this test."""

    signed_out = shown_texts(build_app_bar(Labels(ctx.tr), ctx, sign_out))
    assert sorted(signed_out) == ["English", "EventXperts", "తెలుగు"]
    user = parse_user(user_json(roles=[Role.ORGANIZER.value]))
    ctx.auth.start(AuthResult(user=user, tokens=TokenPair("a", "r", 900, "Bearer")))
    signed_in = shown_texts(build_app_bar(Labels(ctx.tr), ctx, sign_out))
    assert sorted(signed_in) == ["English", "EventXperts", "Home", "Profile", "Sign out", "తెలుగు"]
