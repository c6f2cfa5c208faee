"""A section is declared once and the shell learns everything from the declaration: its routes and
their access, its home cards and panels by role, its app bar entries; contradictions are refused."""

from __future__ import annotations

from dataclasses import dataclass, field

import flet as ft
import pytest
from eventxperts_app.api.models import AuthResult, Role, TokenPair
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.account.section import SECTION as ACCOUNT
from eventxperts_app.i18n import N_
from eventxperts_app.ui.app_bar import build_app_bar
from eventxperts_app.ui.app_context import AppContext, Screen
from eventxperts_app.ui.home_screen import HomeScreen
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.routes import HOME, SIGN_IN, resolve_route
from eventxperts_app.ui.section import Access, HomeCard, HomePanelEntry, NavEntry, Route, Section
from eventxperts_app.ui.sections import Sections, SectionsError

from ..conftest import Navigation
from ..control_texts import press, shown_texts, walk
from ..payloads import user_json

GALLERY = "/gallery"


@dataclass
class StubScreen:
    ctx: AppContext
    labels: Labels = field(init=False)
    controls: list[ft.Control] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.labels = Labels(self.ctx.tr)

    async def load(self) -> None:
        """Nothing to fetch."""


@dataclass
class StubPanel:
    ctx: AppContext
    labels: Labels
    loaded: bool = False
    control: ft.Control = field(default_factory=lambda: ft.Text("panel"))

    async def load(self) -> None:
        self.loaded = True


def stub_screen(ctx: AppContext) -> Screen:
    return StubScreen(ctx)


ORGANIZERS = frozenset({Role.ORGANIZER})
GALLERY_SECTION = Section(
    name="gallery",
    routes=(Route(GALLERY, stub_screen, N_("Gallery")),),
    nav=(NavEntry(N_("Gallery"), ft.Icons.PHOTO, GALLERY, roles=ORGANIZERS),),
    home_cards=(HomeCard(ORGANIZERS, N_("Gallery"), N_("Your event albums."), ft.Icons.PHOTO, GALLERY),),
    home_panels=(HomePanelEntry(ORGANIZERS, StubPanel),),
)
WITH_GALLERY = Sections((ACCOUNT, GALLERY_SECTION))


def signed_in_as(ctx: AppContext, *roles: str) -> None:
    user = parse_user(user_json(roles=list(roles)))
    ctx.auth.start(AuthResult(user=user, tokens=TokenPair("a", "r", 900, "Bearer")))


def test_a_new_sections_route_is_shown_to_the_signed_in_only() -> None:
    assert resolve_route(GALLERY, signed_in=True, sections=WITH_GALLERY) == GALLERY
    assert resolve_route(GALLERY, signed_in=False, sections=WITH_GALLERY) == SIGN_IN


async def test_a_card_with_a_route_opens_its_section_and_is_not_coming_soon(
    ctx: AppContext, navigation: Navigation
) -> None:
    screen = HomeScreen(ctx, parse_user(user_json(roles=["ORGANIZER"])), WITH_GALLERY)
    texts = shown_texts(*screen.controls)
    assert "Gallery" in texts
    assert "Coming soon" not in texts
    cards = [c for c in walk(screen.controls[2]) if isinstance(c, ft.Container) and c.on_click]
    assert "Gallery" in shown_texts(cards[-1])  # the account section's profile card comes first
    await cards[-1].on_click()  # type: ignore[call-arg, misc]
    assert navigation.routes == [GALLERY]


async def test_a_panel_is_built_and_loaded_for_its_roles_only(ctx: AppContext) -> None:
    organizer = HomeScreen(ctx, parse_user(user_json(roles=["ORGANIZER"])), WITH_GALLERY)
    await organizer.load()
    stubs = [p for p in organizer.panels if isinstance(p, StubPanel)]
    assert len(stubs) == 1
    assert stubs[0].loaded
    store_owner = HomeScreen(ctx, parse_user(user_json(roles=["STORE_OWNER"])), WITH_GALLERY)
    assert [p for p in store_owner.panels if isinstance(p, StubPanel)] == []


@pytest.mark.parametrize(("roles", "shown"), [(["ORGANIZER"], True), (["STORE_OWNER"], False)])
def test_a_nav_entry_for_some_roles_is_shown_to_them_only(
    ctx: AppContext, roles: list[str], shown: bool
) -> None:
    async def sign_out() -> None:
        """Not pressed in this test."""

    signed_in_as(ctx, *roles)
    texts = shown_texts(build_app_bar(Labels(ctx.tr), ctx, sign_out, WITH_GALLERY))
    assert ("Gallery" in texts) == shown
    assert "Profile" in texts  # for everyone signed in


async def test_a_nav_entry_goes_to_its_route(ctx: AppContext, navigation: Navigation) -> None:
    async def sign_out() -> None:
        """Not pressed in this test."""

    signed_in_as(ctx, "ORGANIZER")
    await press(build_app_bar(Labels(ctx.tr), ctx, sign_out, WITH_GALLERY), "Gallery")
    assert navigation.routes == [GALLERY]


def test_two_sections_may_not_claim_one_path() -> None:
    twin = Section(name="twin", routes=(Route(GALLERY, stub_screen, N_("Gallery")),))
    with pytest.raises(SectionsError, match="more than one"):
        Sections((ACCOUNT, GALLERY_SECTION, twin))


def test_no_section_may_claim_the_home_screen() -> None:
    with pytest.raises(SectionsError, match="home"):
        Sections((ACCOUNT, Section(name="greedy", routes=(Route(HOME, stub_screen, N_("Home")),))))


@pytest.mark.parametrize("access", [None, Access.SIGNED_IN])
def test_some_section_must_offer_visitors_the_sign_in_screen(access: Access | None) -> None:
    routes = () if access is None else (Route(SIGN_IN, stub_screen, N_("Sign in"), access),)
    with pytest.raises(SectionsError, match="sign-in"):
        Sections((Section(name="lonely", routes=routes),))


def test_a_sections_error_texts_are_used_and_one_code_is_worded_once() -> None:
    full = Section(name="gallery", error_texts={"ALBUM_FULL": N_("The album is full")})
    assert Sections((ACCOUNT, full)).error_texts["ALBUM_FULL"] == "The album is full"
    assert Sections((ACCOUNT, full)).error_texts["WRONG_PASSWORD"] == "Current password is wrong"
    reworded = Section(name="billing", error_texts={"ALBUM_FULL": N_("No room left")})
    with pytest.raises(SectionsError, match="ALBUM_FULL"):
        Sections((ACCOUNT, full, reworded))
    with pytest.raises(SectionsError, match="FORBIDDEN"):
        Sections((ACCOUNT, Section(name="rude", error_texts={"FORBIDDEN": N_("No.")})))


def test_a_section_not_built_yet_offers_no_card_panel_or_nav_entry(ctx: AppContext) -> None:
    async def sign_out() -> None:
        """Not pressed in this test."""

    placeholder = Sections((ACCOUNT, GALLERY_SECTION), not_built={"gallery"})
    screen = HomeScreen(ctx, parse_user(user_json(roles=["ORGANIZER"])), placeholder)
    assert "Gallery" not in shown_texts(*screen.controls)
    assert [p for p in screen.panels if isinstance(p, StubPanel)] == []
    signed_in_as(ctx, "ORGANIZER")
    assert "Gallery" not in shown_texts(build_app_bar(Labels(ctx.tr), ctx, sign_out, placeholder))
    # Still declared: its error texts are worded, and switching it on is leaving `not_built`.
    assert placeholder.all == WITH_GALLERY.all
    assert placeholder.route(GALLERY) is not None


def test_not_built_names_only_declared_sections() -> None:
    with pytest.raises(SectionsError, match="galery"):
        Sections((ACCOUNT, GALLERY_SECTION), not_built={"galery"})
