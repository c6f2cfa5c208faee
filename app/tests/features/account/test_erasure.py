"""The profile's danger zone without a browser: the password and a second question come first,
refusals land under the password or in the zone, and an erased account's session is forgotten and
the sign-in screen says why. The gateway is unreachable on purpose (see conftest)."""

from __future__ import annotations

import re

from eventxperts_app.api.models import ApiError, AuthResult, OkResult, TokenPair
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.account.login_screen import LoginScreen
from eventxperts_app.features.account.profile_screen import ProfileScreen
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...conftest import Navigation
from ...control_texts import press, shown_texts
from ...payloads import user_json
from ...texts import EN, TE, te

TELUGU = re.compile("[\u0c00-\u0c7f]")


def sign_in(ctx: AppContext) -> None:
    ctx.auth.start(AuthResult(user=parse_user(user_json()), tokens=TokenPair("a.b.c", "r-1", 900, "Bearer")))


async def asked(ctx: AppContext, password: str = "Mandapam-Decor-2026!") -> ProfileScreen:
    """The profile with the password typed and the erasure's question on screen."""
    screen = ProfileScreen(ctx)
    screen.erasure.password.value = password
    await press(screen.erasure.control, "Erase my account")
    return screen


def test_the_danger_zone_sits_below_the_profile_form(ctx: AppContext) -> None:
    screen = ProfileScreen(ctx)
    assert screen.controls[-1] is screen.erasure.control
    texts = shown_texts(screen.erasure.control)
    assert texts == [
        "Delete my account",
        "Erasing removes your name, email, mobile number, business profile and roles; "
        "only an anonymous id is kept. This cannot be undone.",
        "Current password",
        "Erase my account",
    ]
    assert "Save profile" in shown_texts(*screen.controls[:-1])


async def test_erasing_without_the_password_asks_for_it_and_asks_nothing_else(ctx: AppContext) -> None:
    screen = await asked(ctx, password="  ")
    assert screen.erasure.password.error == EN.error("REQUIRED")
    assert not screen.erasure.confirming
    assert "Erase my account for good?" not in shown_texts(screen.erasure.control)


async def test_with_the_password_it_asks_once_more_and_cancel_goes_back(ctx: AppContext) -> None:
    screen = await asked(ctx)
    texts = shown_texts(screen.erasure.control)
    question = ["Erase my account for good?", "Cancel", "Erase"]
    assert [t for t in texts if t in question] == question
    assert "Erase my account" not in texts
    await press(screen.erasure.control, "Cancel")
    assert not screen.erasure.confirming
    assert "Erase my account" in shown_texts(screen.erasure.control)


async def test_the_question_is_asked_in_telugu_too(ctx: AppContext) -> None:
    screen = await asked(ctx)
    ctx.tr.switch(Language.TE)
    screen.labels.apply()
    texts = shown_texts(screen.erasure.control)
    assert te("Erase my account for good?") in texts
    assert [t for t in texts if not TELUGU.search(t)] == []


async def test_an_erasure_that_does_not_arrive_is_reported_in_the_zone_and_can_be_retried(
    ctx: AppContext, navigation: Navigation
) -> None:
    sign_in(ctx)
    screen = await asked(ctx)
    await press(screen.erasure.control, "Erase")
    assert screen.erasure.errors.banner.value == EN.error("GATEWAY_UNAVAILABLE")
    assert screen.errors.banner.visible is False  # the profile form's own banner stays quiet
    assert ctx.auth.signed_in
    assert navigation.routes == []
    assert screen.erasure.confirming
    assert not screen.erasure.confirmation.disabled


async def test_a_wrong_password_is_shown_under_the_password(ctx: AppContext, navigation: Navigation) -> None:
    sign_in(ctx)
    screen = await asked(ctx)
    wrong = ApiError("WRONG_PASSWORD", "The password is wrong.", "password")
    await screen.erasure.conclude(OkResult(ok=False, errors=(wrong,)))
    assert screen.erasure.password.error == EN.error("WRONG_PASSWORD")
    assert screen.erasure.errors.banner.visible is False
    assert (ctx.auth.signed_in, navigation.routes) == (True, [])
    ctx.tr.switch(Language.TE)
    screen.labels.apply()
    assert screen.erasure.password.error == TE.error("WRONG_PASSWORD")


async def test_the_last_super_admin_is_told_why_in_the_zone(ctx: AppContext) -> None:
    sign_in(ctx)
    screen = await asked(ctx)
    last = ApiError("LAST_SUPER_ADMIN", "You are the only super admin: make someone else one first.")
    await screen.erasure.conclude(OkResult(ok=False, errors=(last,)))
    assert screen.erasure.errors.banner.value == EN.error("LAST_SUPER_ADMIN")
    assert screen.erasure.password.error is None
    assert ctx.auth.signed_in


async def test_a_refusal_without_a_reason_still_says_something_went_wrong(ctx: AppContext) -> None:
    screen = await asked(ctx)
    await screen.erasure.conclude(OkResult(ok=False))
    assert screen.erasure.errors.banner.value == EN.error("UNEXPECTED_RESPONSE")


async def test_once_erased_the_session_is_forgotten_and_sign_in_says_so_once(
    ctx: AppContext, navigation: Navigation
) -> None:
    sign_in(ctx)
    screen = await asked(ctx)
    await screen.erasure.conclude(OkResult(ok=True))
    assert (ctx.auth.signed_in, ctx.auth.tokens, ctx.auth.user) == (False, None, None)
    assert navigation.routes == ["/login"]
    login = LoginScreen(ctx)
    assert shown_texts(*login.controls)[0] == "Your account was erased"
    ctx.tr.switch(Language.TE)
    login.labels.apply()
    assert shown_texts(*login.controls)[0] == te("Your account was erased")
    assert te("Your account was erased") not in shown_texts(*LoginScreen(ctx).controls)


async def test_erasing_when_the_session_already_ended_goes_to_sign_in_without_the_notice(
    ctx: AppContext, navigation: Navigation
) -> None:
    screen = await asked(ctx)
    await press(screen.erasure.control, "Erase")
    assert navigation.routes == ["/login"]
    assert "Your account was erased" not in shown_texts(*LoginScreen(ctx).controls)


async def test_an_account_already_erased_ends_like_a_fresh_erasure_not_with_an_error(
    ctx: AppContext, navigation: Navigation
) -> None:
    # The first answer was lost (or another tab erased it) and the person pressed again.
    sign_in(ctx)
    screen = await asked(ctx)
    gone = ApiError("ACCOUNT_ERASED", "This account's data was erased.")
    await screen.erasure.conclude(OkResult(ok=False, errors=(gone,)))
    assert screen.erasure.errors.banner.visible is False
    assert (ctx.auth.signed_in, ctx.auth.tokens, navigation.routes) == (False, None, ["/login"])
    assert shown_texts(*LoginScreen(ctx).controls)[0] == "Your account was erased"
