"""The home screen offers what the person's roles allow, as the registered sections declare it."""

from __future__ import annotations

import pytest
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.admin.users_panel import AdminUsersPanel
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.home_screen import HomeScreen

from ..control_texts import shown_texts
from ..payloads import user_json


@pytest.mark.parametrize(
    ("roles", "cards"),
    [
        (["ORGANIZER"], ["Calendar", "Stock", "Billing"]),
        (["STORE_OWNER"], ["My store"]),
        (["USER"], ["Browse"]),
        (["USER", "ORGANIZER"], ["Calendar", "Stock", "Billing", "Browse"]),
        (["SUPER_ADMIN"], []),
        ([], ["Browse"]),  # roles that earn nothing: what a plain user sees
    ],
)
def test_the_home_screen_offers_what_the_roles_allow(
    ctx: AppContext, roles: list[str], cards: list[str]
) -> None:
    screen = HomeScreen(ctx, parse_user(user_json(roles=roles)), SECTIONS)
    card_titles = {card.title for section in SECTIONS.all for card in section.home_cards}
    assert [t for t in shown_texts(*screen.controls) if t in card_titles] == cards
    users_panels = [panel for panel in screen.panels if isinstance(panel, AdminUsersPanel)]
    assert len(users_panels) == ("SUPER_ADMIN" in roles)
    # Only a card without a route (its section not built yet) says it is coming.
    unbuilt = {card.title for section in SECTIONS.all for card in section.home_cards if card.route is None}
    assert ("Coming soon" in shown_texts(*screen.controls)) == any(card in unbuilt for card in cards)
