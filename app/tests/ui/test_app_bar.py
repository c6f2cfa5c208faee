"""The bar on every screen: the language switch always, navigation once signed in."""

from __future__ import annotations

import dataclasses

import flet as ft
from eventxperts_app.api.models import AuthResult, Role, TokenPair
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.i18n import N_, Language
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.app_bar import build_app_bar
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels

from ..control_texts import press, shown_texts, walk
from ..payloads import user_json
from ..texts import te


async def test_the_app_bar_offers_navigation_only_when_signed_in(ctx: AppContext) -> None:
    async def sign_out() -> None:
        """Not pressed in this test."""

    signed_out = shown_texts(build_app_bar(Labels(ctx.tr), ctx, sign_out, SECTIONS))
    assert sorted(signed_out) == ["English", "EventXperts", "తెలుగు"]
    user = parse_user(user_json(roles=[Role.ORGANIZER.value]))
    ctx.auth.start(AuthResult(user=user, tokens=TokenPair("a", "r", 900, "Bearer")))
    signed_in = shown_texts(build_app_bar(Labels(ctx.tr), ctx, sign_out, SECTIONS))
    assert sorted(signed_in) == [
        "Billing",
        "Calendar",
        "English",
        "EventXperts",
        "Gallery",
        "Home",
        "Profile",
        "Shop",
        "Sign out",
        "Stock",
        "తెలుగు",
    ]


async def test_on_a_phone_the_signed_in_bar_keeps_the_name_and_folds_the_rest_into_a_menu(
    ctx: AppContext,
) -> None:
    async def sign_out() -> None:
        """Not pressed in this test."""

    ctx.viewport.resize(390)
    assert sorted(shown_texts(build_app_bar(Labels(ctx.tr), ctx, sign_out, SECTIONS))) == [
        "English",
        "EventXperts",
        "తెలుగు",
    ]  # before signing in the language switch fits beside the name
    user = parse_user(user_json(roles=[Role.ORGANIZER.value]))
    ctx.auth.start(AuthResult(user=user, tokens=TokenPair("a", "r", 900, "Bearer")))
    bar = build_app_bar(Labels(ctx.tr), ctx, sign_out, SECTIONS)
    assert shown_texts(bar.title) == ["EventXperts"]
    assert bar.actions is not None
    assert len(bar.actions) == 1
    menu = bar.actions[0]
    assert isinstance(menu, ft.PopupMenuButton)
    assert shown_texts(menu.content) == ["Menu"]
    assert menu.tooltip == "Menu"  # else Flutter names it "Show menu", in English
    assert shown_texts(*menu.items) == [
        "Home",
        "Profile",
        "Calendar",
        "Stock",
        "Billing",
        "Gallery",
        "Shop",
        "English",
        "తెలుగు",
        "Sign out",
    ]
    checked = [shown_texts(item) for item in menu.items if item.checked]
    assert checked == [["English"]]


async def test_the_menu_switches_language_and_marks_the_one_shown(ctx: AppContext) -> None:
    switched: list[Language] = []

    async def sign_out() -> None:
        """Not pressed in this test."""

    ctx = dataclasses.replace(ctx, switch_language=switched.append)
    ctx.viewport.resize(390)
    ctx.auth.start(AuthResult(user=parse_user(user_json()), tokens=TokenPair("a", "r", 900, "Bearer")))
    labels = Labels(ctx.tr)
    bar = build_app_bar(labels, ctx, sign_out, SECTIONS)
    await press(bar.actions[0], "తెలుగు")  # type: ignore[index]
    assert switched == [Language.TE]
    ctx.tr.switch(Language.TE)
    labels.apply()
    menu = bar.actions[0]  # type: ignore[index]
    assert isinstance(menu, ft.PopupMenuButton)
    assert [shown_texts(item) for item in menu.items if item.checked] == [["తెలుగు"]]
    assert shown_texts(menu.content) == [te("Menu")]
    assert te("Sign out") == "లాగ్ అవుట్"


def test_the_language_shown_is_marked_not_greyed_out(ctx: AppContext) -> None:
    async def sign_out() -> None:
        """Not pressed in this test."""

    bar = build_app_bar(Labels(ctx.tr), ctx, sign_out, SECTIONS)
    buttons = [c for c in walk(bar) if isinstance(c, ft.TextButton)]
    assert [b.disabled for b in buttons] == [False, False]
    assert [b.style is not None for b in buttons] == [True, False]  # English is the one shown


async def test_no_two_entries_of_the_bar_and_no_entry_and_the_search_button_share_a_name(
    ctx: AppContext,
) -> None:
    """Two controls with one name are one control to a screen reader and a test: Telugu's "Explore"
    once read as its "Search" (వెతకండి)."""

    async def sign_out() -> None:
        """Not pressed in this test."""

    everyone = [Role.USER.value, Role.ORGANIZER.value, Role.STORE_OWNER.value, Role.SUPER_ADMIN.value]
    ctx.auth.start(AuthResult(parse_user(user_json(roles=everyone)), TokenPair("a", "r", 900, "Bearer")))
    for language in Language:
        ctx.tr.switch(language)
        labels = Labels(ctx.tr)
        names = [*shown_texts(build_app_bar(labels, ctx, sign_out, SECTIONS)), labels.tr(N_("Search"))]
        assert sorted(n for n in set(names) if names.count(n) > 1) == [], language
