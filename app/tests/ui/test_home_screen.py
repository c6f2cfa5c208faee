"""The home screen offers what the person's roles allow, as the registered sections declare it."""

from __future__ import annotations

import pytest
from eventxperts_app.api.models import AuthResult, TokenPair
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.account.profile_completeness import ProfileCompletenessPanel
from eventxperts_app.features.admin.users_panel import AdminUsersPanel
from eventxperts_app.sections import NOT_BUILT, SECTIONS
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.home_screen import HomeScreen

from ..control_texts import shown_texts
from ..payloads import user_json

CARD_TITLES = {card.title for section in SECTIONS.all for card in section.home_cards}
FAMILY_CARDS = ("Find organizers", "My enquiries", "Public events")
ORGANIZER_CARDS = ("Calendar", "Stock", "Billing", "Gallery")
LEADS_CARDS = ("Enquiries received", "Directory profile")


@pytest.mark.parametrize(
    ("roles", "cards", "panels"),
    [
        (
            ["USER", "ORGANIZER"],
            [
                "Your profile",
                *ORGANIZER_CARDS,
                "Shop",
                "Used items",
                *FAMILY_CARDS,
                "Enquiries received",
                "Directory profile",
            ],
            [ProfileCompletenessPanel],
        ),
        (
            ["ORGANIZER"],
            [
                "Your profile",
                *ORGANIZER_CARDS,
                "Shop",
                "Used items",
                "Public events",
                "Enquiries received",
                "Directory profile",
            ],
            [ProfileCompletenessPanel],
        ),
        (
            ["USER", "STORE_OWNER"],
            ["Your profile", "Billing", "Shop", "My store", "Used items", *FAMILY_CARDS],
            [],
        ),
        (["USER"], ["Your profile", "Shop", "Used items", *FAMILY_CARDS], []),
        (
            ["USER", "SUPER_ADMIN"],
            ["Your profile", "Shop", "My store", "Used items", "Moderation", *FAMILY_CARDS],
            [AdminUsersPanel],
        ),
        # Roles that earn nothing: what a plain user sees.
        ([], ["Your profile", "Shop", "Used items", *FAMILY_CARDS], []),
    ],
)
def test_the_home_screen_offers_what_the_roles_allow(
    ctx: AppContext, roles: list[str], cards: list[str], panels: list[type]
) -> None:
    screen = HomeScreen(ctx, parse_user(user_json(roles=roles)), SECTIONS)
    assert [t for t in shown_texts(*screen.controls) if t in CARD_TITLES] == cards
    assert [type(panel) for panel in screen.panels] == panels
    assert "Coming soon" not in shown_texts(*screen.controls)


def test_every_section_is_built_and_shows_its_cards_to_someone(ctx: AppContext) -> None:
    assert frozenset() == NOT_BUILT
    every_role = ["USER", "ORGANIZER", "STORE_OWNER", "SUPER_ADMIN"]
    texts = shown_texts(*HomeScreen(ctx, parse_user(user_json(roles=every_role)), SECTIONS).controls)
    unseen = [
        s.name for s in SECTIONS.all if s.home_cards and not any(c.title in texts for c in s.home_cards)
    ]
    assert unseen == []


@pytest.mark.parametrize(
    ("profile", "missing"),
    [
        ({}, ["Business name", "GSTIN", "Address", "Calendar location"]),
        (
            {"businessName": "Sri Lakshmi Decorators", "gstin": "36AABCU9603R1ZX"},
            ["Address", "Calendar location"],
        ),
        (
            {
                "businessName": "Sri Lakshmi Decorators",
                "gstin": "36AABCU9603R1ZX",
                "address": {"line1": "12-2-345", "city": "Hyderabad", "pinCode": "500001", "stateCode": "36"},
                "defaultLocation": {"city": "Hyderabad", "timezone": "Asia/Kolkata"},
            },
            [],
        ),
    ],
)
def test_an_organizer_is_told_what_their_profile_still_lacks(
    ctx: AppContext, profile: dict[str, object], missing: list[str]
) -> None:
    organizer = parse_user(user_json(roles=["USER", "ORGANIZER"], profile=organizer_profile(profile)))
    ctx.auth.start(AuthResult(user=organizer, tokens=TokenPair("a", "r", 900, "Bearer")))
    screen = HomeScreen(ctx, organizer, SECTIONS)
    [prompt] = [p for p in screen.panels if isinstance(p, ProfileCompletenessPanel)]
    assert list(prompt.missing) == missing
    assert prompt.control.visible == bool(missing)
    if missing:
        assert f"Still missing: {', '.join(missing)}" in shown_texts(prompt.control)


def organizer_profile(given: dict[str, object]) -> dict[str, object]:
    empty: dict[str, object] = {
        "businessName": None, "gstin": None, "stateCode": None, "stateName": None,
        "preferredLanguage": "TE", "address": None, "defaultLocation": None,
    }  # fmt: skip
    return empty | given
