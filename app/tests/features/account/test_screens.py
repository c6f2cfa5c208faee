"""The account screens built without a browser: required boxes, typed errors next to their fields,
an unreachable gateway, and the profile shown and returned."""

from __future__ import annotations

from eventxperts_app.api.models import ApiError
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.account.login_screen import LoginScreen
from eventxperts_app.features.account.models import State
from eventxperts_app.features.account.profile_screen import ProfileScreen
from eventxperts_app.features.account.register_screen import RegisterScreen
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...languages import switch
from ...payloads import user_json
from ...texts import EN, TE


async def test_empty_login_shows_required_next_to_both_fields(ctx: AppContext) -> None:
    screen = LoginScreen(ctx)
    await screen._submit()
    assert (screen.email.error, screen.password.error) == ("Required", "Required")
    switch(ctx, screen, Language.TE)
    assert screen.email.error == TE.error("REQUIRED")


async def test_an_unreachable_gateway_is_reported_above_the_form(ctx: AppContext) -> None:
    screen = LoginScreen(ctx)
    screen.email.value, screen.password.value = "ravi@example.in", "a long password"
    await screen._submit()
    assert screen.errors.banner.visible
    assert screen.errors.banner.value == EN.error("GATEWAY_UNAVAILABLE")
    assert screen.submit.disabled is False


def test_server_errors_are_shown_next_to_their_fields_and_translated(ctx: AppContext) -> None:
    screen = RegisterScreen(ctx)
    screen.errors.show(
        [
            ApiError("EMAIL_TAKEN", "taken", "email"),
            ApiError("WEAK_PASSWORD", "Use at least 10 characters.", "password", "PASSWORD_TOO_SHORT"),
            ApiError("INVALID_PHONE", "bad"),
        ]
    )
    assert screen.email.error == EN.error("EMAIL_TAKEN")
    assert screen.phone.error == EN.error("INVALID_PHONE")
    assert screen.password.error == "Use at least 10 characters for the password"
    switch(ctx, screen, Language.TE)
    assert screen.password.error == "పాస్‌వర్డ్‌లో కనీసం 10 అక్షరాలు ఉండాలి"


def test_a_weak_password_without_a_reason_still_shows_the_service_s_rule_in_english(ctx: AppContext) -> None:
    screen = RegisterScreen(ctx)
    screen.errors.show([ApiError("WEAK_PASSWORD", "needs at least 10 characters", "password")])
    assert screen.password.error == f"{EN.error('WEAK_PASSWORD')} (needs at least 10 characters)"
    switch(ctx, screen, Language.TE)
    assert screen.password.error == TE.error("WEAK_PASSWORD")


def test_the_profile_names_states_in_the_chosen_language_andhra_pradesh_and_telangana_first(
    ctx: AppContext,
) -> None:
    screen = ProfileScreen(ctx)
    screen._states = (
        State("29", "Karnataka", "కర్ణాటక"),
        State("36", "Telangana", "తెలంగాణ"),
        State("07", "Delhi", "ఢిల్లీ"),
        State("37", "Andhra Pradesh", "ఆంధ్రప్రదేశ్"),
    )
    switch(ctx, screen, Language.TE)
    assert [o.text for o in screen.state.options] == ["ఆంధ్రప్రదేశ్", "తెలంగాణ", "కర్ణాటక", "ఢిల్లీ"]
    switch(ctx, screen, Language.EN)
    assert [o.text for o in screen.state.options] == ["Andhra Pradesh", "Telangana", "Delhi", "Karnataka"]


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
