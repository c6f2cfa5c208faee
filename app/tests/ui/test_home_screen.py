"""The home screen offers what the person's roles allow, as the registered sections declare it."""

from __future__ import annotations

import pytest
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.admin.users_panel import AdminUsersPanel
from eventxperts_app.i18n import Language, load_catalogue
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.home_screen import HomeScreen

from ..control_texts import shown_texts
from ..payloads import user_json


@pytest.mark.parametrize(
    ("roles", "cards"),
    [
        (["ORGANIZER"], ["home.bookings.title", "home.calendar.title"]),
        (["STORE_OWNER"], ["home.store.title"]),
        (["USER"], ["home.browse.title"]),
        (["USER", "ORGANIZER"], ["home.bookings.title", "home.calendar.title", "home.browse.title"]),
        (["SUPER_ADMIN"], []),
        ([], ["home.browse.title"]),  # roles that earn nothing: what a plain user sees
    ],
)
def test_the_home_screen_offers_what_the_roles_allow(
    ctx: AppContext, roles: list[str], cards: list[str]
) -> None:
    screen = HomeScreen(ctx, parse_user(user_json(roles=roles)), SECTIONS)
    english = load_catalogue(Language.EN)
    card_titles = {english[k] for k in english if k.startswith("home.") and k.endswith(".title")}
    assert [t for t in shown_texts(*screen.controls) if t in card_titles] == [english[k] for k in cards]
    users_panels = [panel for panel in screen.panels if isinstance(panel, AdminUsersPanel)]
    assert len(users_panels) == ("SUPER_ADMIN" in roles)
    if cards:
        assert english["home.coming_soon"] in shown_texts(*screen.controls)
