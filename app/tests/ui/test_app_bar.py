"""The bar on every screen: the language switch always, navigation once signed in."""

from __future__ import annotations

from eventxperts_app.api.models import AuthResult, Role, TokenPair
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.app_bar import build_app_bar
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels

from ..control_texts import shown_texts
from ..payloads import user_json


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
        "Home",
        "Profile",
        "Sign out",
        "Stock",
        "తెలుగు",
    ]
