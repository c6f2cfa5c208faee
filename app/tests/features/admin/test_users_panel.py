"""The super admin's users panel without a browser: paging, filters, per-person actions and their
typed errors, in English and Telugu. The gateway is unreachable on purpose (see conftest), except for
overlapping fetches, which a stand-in gateway holds and answers in the order a test chooses."""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass

import flet as ft
import pytest
from eventxperts_app.api.models import ApiError, AuthResult, Role, TokenPair, User
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.admin.models import UserFilter, UserPage
from eventxperts_app.features.admin.user_row import DEACTIVATION, SUPER_ADMIN_GRANT, AdminUserRow
from eventxperts_app.features.admin.users_paging import UsersPaging
from eventxperts_app.features.admin.users_panel import CARD_COLUMNS, AdminUsersPanel
from eventxperts_app.i18n import Language
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.home_screen import HomeScreen

from ...conftest import Navigation, app_context
from ...control_texts import press, shown_texts, walk, with_text
from ...held_gateway import HeldGateway, HeldRequest
from ...payloads import user_json
from ...texts import EN, TE, te

TELUGU = re.compile("[\u0c00-\u0c7f]")


def person(**overrides: object) -> User:
    fields: dict[str, object] = {"id": "u-2", "name": "Ramesh", "email": "ramesh@example.in"}
    return parse_user(user_json(**(fields | overrides)))


def admin_screen(ctx: AppContext) -> tuple[HomeScreen, AdminUsersPanel]:
    """A super admin's home screen, as the registered sections make it, and the users panel on it."""
    screen = HomeScreen(ctx, parse_user(user_json(roles=["USER", "SUPER_ADMIN"])), SECTIONS)
    panels = [panel for panel in screen.panels if isinstance(panel, AdminUsersPanel)]
    assert len(panels) == 1
    return screen, panels[0]


def sign_in(ctx: AppContext) -> None:
    """Signed in with tokens the (unreachable) gateway never gets to judge."""
    admin = parse_user(user_json(roles=["SUPER_ADMIN"]))
    ctx.auth.start(AuthResult(user=admin, tokens=TokenPair("a.b.c", "r-1", 900, "Bearer")))


def show_page(panel: AdminUsersPanel, paging: UsersPaging, page: UserPage) -> None:
    """What the panel holds after `page` arrived for `paging`."""
    panel._show(paging, page)


def menu_items(row: AdminUserRow, name: str) -> list[str]:
    """The choices of the menu whose tooltip is `name`."""
    menu = with_text(row.control, name)
    assert isinstance(menu, ft.PopupMenuButton)
    return [str(item.content) for item in menu.items]


def test_a_row_offers_roles_not_held_to_grant_and_held_ones_but_the_base_role_to_revoke(
    ctx: AppContext,
) -> None:
    row = AdminUserRow(ctx, person(roles=["USER", "ORGANIZER"]))
    assert menu_items(row, "Grant role") == ["Store owner", "Super admin"]
    assert menu_items(row, "Revoke role") == ["Event organizer"]


def test_a_person_with_only_the_base_role_is_offered_no_revoke(ctx: AppContext) -> None:
    row = AdminUserRow(ctx, person(roles=["USER"]))
    assert "Revoke role" not in shown_texts(row.control)


def test_an_active_person_can_be_deactivated_and_a_deactivated_one_reactivated(ctx: AppContext) -> None:
    active = shown_texts(AdminUserRow(ctx, person()).control)
    inactive = shown_texts(AdminUserRow(ctx, person(isActive=False)).control)
    assert ("Deactivate" in active, "Reactivate" in active) == (True, False)
    assert ("Deactivate" in inactive, "Reactivate" in inactive) == (False, True)
    roles = f"{'User'}, {'Event organizer'}"
    assert f"ramesh@example.in · {roles} · {'Deactivated'}" in inactive


async def test_deactivating_asks_first_and_cancelling_leaves_the_account_alone(ctx: AppContext) -> None:
    row = AdminUserRow(ctx, person())
    question = "Deactivate {name}? They are signed out at once and cannot sign in until reactivated.".format(
        name="Ramesh"
    )
    await press(row.control, "Deactivate")
    assert question in shown_texts(row.control)
    await press(row.control, "Cancel")
    assert question not in shown_texts(row.control)
    assert row.user.is_active


async def test_a_deactivation_that_fails_is_reported_in_its_row_and_can_be_retried(ctx: AppContext) -> None:
    sign_in(ctx)
    row = AdminUserRow(ctx, person())
    await press(row.control, "Deactivate")
    await press(row.control, "Yes, deactivate")
    assert row.error_line.value == EN.error("GATEWAY_UNAVAILABLE")
    assert row.user.is_active
    assert row.asking is DEACTIVATION
    assert not row.control.disabled


async def test_a_change_while_signed_out_goes_to_the_sign_in_screen(
    ctx: AppContext, navigation: Navigation
) -> None:
    row = AdminUserRow(ctx, person(roles=["USER"]))
    await press(row.control, "Store owner")
    assert navigation.routes == ["/login"]


def test_a_refusal_is_shown_in_the_refused_row_and_follows_the_language(ctx: AppContext) -> None:
    screen, panel = admin_screen(ctx)
    show_page(panel, UsersPaging(UserFilter()), UserPage((person(), person(id="u-3")), total=2))
    refused, other = panel.rows
    refused.show([ApiError("FORBIDDEN", "You do not have permission to do this.")])
    assert refused.error_line.value == EN.error("FORBIDDEN")
    assert other.error_line.visible is False
    ctx.tr.switch(Language.TE)
    screen.labels.apply()
    assert refused.error_line.value == TE.error("FORBIDDEN")


def test_the_whole_panel_follows_the_language(ctx: AppContext) -> None:
    screen, panel = admin_screen(ctx)
    show_page(panel, UsersPaging(UserFilter()), UserPage((person(isActive=False),), total=1))
    ctx.tr.switch(Language.TE)
    screen.labels.apply()
    texts = shown_texts(panel.control)
    assert te("Showing {first}–{last} of {total}").format(first=1, last=1, total=1) in texts
    assert te("Reactivate") in texts
    assert [t for t in texts if not TELUGU.search(t) and t != "Ramesh"] == []


def test_the_filters_on_screen_become_the_criteria(ctx: AppContext) -> None:
    _, panel = admin_screen(ctx)
    assert panel.criteria() == UserFilter(search=None, role=None, include_inactive=True)
    panel.search.value = "  tent house "
    panel.role.value = Role.STORE_OWNER.value
    panel.include_inactive.value = False
    assert panel.criteria() == UserFilter(search="tent house", role=Role.STORE_OWNER, include_inactive=False)


def test_the_panel_says_which_people_of_how_many_are_shown(ctx: AppContext) -> None:
    _, panel = admin_screen(ctx)
    first = UsersPaging(UserFilter())
    full_page = UserPage(tuple(person(id=f"u-{n}") for n in range(20)), total=21, next_cursor="c-20")
    second = first.next(full_page)
    assert second is not None
    show_page(panel, second, UserPage((person(),), total=21))
    assert panel.shown.value == f"Showing {21}–{21} of {21}"
    assert (panel.previous.disabled, panel.next.disabled) == (False, True)
    show_page(panel, first, full_page)
    assert panel.shown.value == f"Showing {1}–{20} of {21}"
    assert (panel.previous.disabled, panel.next.disabled) == (True, False)


def test_an_empty_result_says_so(ctx: AppContext) -> None:
    _, panel = admin_screen(ctx)
    show_page(panel, UsersPaging(UserFilter(search="nobody")), UserPage((), total=0))
    assert panel.shown.value == "No users match"
    assert panel.rows_column.controls == []


@pytest.mark.parametrize("button", ["Next", "Search"])
async def test_a_page_that_does_not_arrive_leaves_the_list_where_it_was(ctx: AppContext, button: str) -> None:
    sign_in(ctx)
    _, panel = admin_screen(ctx)
    shown = UserPage((person(),), total=45, next_cursor="c-20")
    show_page(panel, UsersPaging(UserFilter()), shown)
    panel.search.value = "someone else"
    await press(panel.control, button)
    assert panel.errors.banner.value == EN.error("GATEWAY_UNAVAILABLE")
    assert (panel.paging, panel.page) == (UsersPaging(UserFilter()), shown)
    assert not panel.paging_bar.disabled


@pytest.fixture
async def held_gateway() -> AsyncIterator[HeldGateway]:
    gateway = HeldGateway()
    await gateway.start()
    yield gateway
    await gateway.stop()


@pytest.fixture
async def held_ctx(held_gateway: HeldGateway, navigation: Navigation) -> AsyncIterator[AppContext]:
    ctx = app_context(held_gateway.url, navigation)
    yield ctx
    await ctx.client.aclose()


EVERYONE = (
    user_json(id="u-1", name="Lakshmi", roles=["USER", "ORGANIZER"]),
    user_json(id="u-2", name="Ramesh", roles=["USER", "ORGANIZER"], isActive=False),
    user_json(id="u-3", name="Sita", roles=["USER"]),
)


def users_answer(variables: Mapping[str, object]) -> dict[str, object]:
    """The users service's page of EVERYONE for the request's role and active filters."""
    found = [
        user
        for user in EVERYONE
        if variables["role"] in (None, *user["roles"]) and (variables["includeInactive"] or user["isActive"])
    ]
    return {"users": {"items": found, "total": len(found), "nextCursor": None}}


def start_changing(control: ft.RadioGroup | ft.Checkbox) -> asyncio.Future[None]:
    """Fires `control`'s on_change as Flet does: in its own task, while earlier ones may still run."""
    handler = getattr(control, "on_change", None)  # typed as taking an event; the app's take none
    assert callable(handler)
    changing: asyncio.Future[None] = asyncio.ensure_future(handler())
    return changing


@dataclass(frozen=True)
class Overlap:
    """Two fetches in flight, both held at the gateway: `older` asked first, `newer` second."""

    older: HeldRequest
    older_done: asyncio.Future[None]
    newer: HeldRequest
    newer_done: asyncio.Future[None]


async def two_overlapping_filter_changes(panel: AdminUsersPanel, gateway: HeldGateway) -> Overlap:
    """Organizers only, then (before that page arrives) active organizers only."""
    panel.role.value = Role.ORGANIZER.value
    organizers = start_changing(panel.role)
    older = await gateway.requests.get()
    assert not panel.include_inactive.disabled  # the filters stay usable while a page is on its way
    panel.include_inactive.value = False
    active_organizers = start_changing(panel.include_inactive)
    newer = await gateway.requests.get()
    assert (older.variables["includeInactive"], newer.variables["includeInactive"]) == (True, False)
    assert panel.paging_bar.disabled
    return Overlap(older, organizers, newer, active_organizers)


def names_shown(panel: AdminUsersPanel) -> list[str]:
    return [t for t in shown_texts(panel.rows_column) if t in {"Lakshmi", "Ramesh", "Sita"}]


async def test_overlapping_filter_changes_answered_out_of_order_show_the_newest_request(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    sign_in(held_ctx)
    _, panel = admin_screen(held_ctx)
    fetches = await two_overlapping_filter_changes(panel, held_gateway)
    fetches.newer.answer(users_answer(fetches.newer.variables))
    await fetches.newer_done
    assert (names_shown(panel), panel.paging_bar.disabled) == (["Lakshmi"], False)
    # The older answer arrives last, for filters no longer on screen.
    fetches.older.answer(users_answer(fetches.older.variables))
    await fetches.older_done
    assert names_shown(panel) == ["Lakshmi"]
    assert panel.paging.criteria == panel.criteria()
    assert panel.shown.value == f"Showing {1}–{1} of {1}"
    assert not panel.paging_bar.disabled


async def test_a_superseded_fetch_that_fails_says_nothing_and_paging_waits_for_the_newest(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    sign_in(held_ctx)
    _, panel = admin_screen(held_ctx)
    fetches = await two_overlapping_filter_changes(panel, held_gateway)
    fetches.older.fail(502)
    await fetches.older_done
    assert (panel.errors.banner.visible, panel.paging_bar.disabled, names_shown(panel)) == (False, True, [])
    fetches.newer.answer(users_answer(fetches.newer.variables))
    await fetches.newer_done
    assert (names_shown(panel), panel.paging_bar.disabled) == (["Lakshmi"], False)
    assert panel.paging.criteria == panel.criteria()


def own_row(ctx: AppContext, *roles: str) -> AdminUserRow:
    """The signed-in super admin's own card in the list."""
    me = person(id="admin-1", name="Platform Admin", roles=list(roles))
    ctx.auth.start(AuthResult(user=me, tokens=TokenPair("a.b.c", "r-1", 900, "Bearer")))
    return AdminUserRow(ctx, me)


def test_a_super_admins_own_card_offers_only_granting_what_they_lack(ctx: AppContext) -> None:
    # The users service refuses revoking, deactivating, reactivating and erasing on oneself.
    row = own_row(ctx, "USER", "SUPER_ADMIN")
    texts = shown_texts(row.control)
    assert [t for t in ("Revoke role", "Deactivate", "Reactivate", "Erase data") if t in texts] == []
    assert menu_items(row, "Grant role") == ["Event organizer", "Store owner"]


def test_a_super_admin_holding_every_role_is_offered_nothing_on_their_own_card(ctx: AppContext) -> None:
    row = own_row(ctx, "USER", "ORGANIZER", "STORE_OWNER", "SUPER_ADMIN")
    assert [c for c in walk(row.control) if callable(getattr(c, "on_click", None))] == []


async def test_granting_super_admin_asks_first_and_cancelling_changes_nothing(ctx: AppContext) -> None:
    sign_in(ctx)
    row = AdminUserRow(ctx, person(roles=["USER"]))
    question = "Make {name} a super admin? They can then manage every account, yours included.".format(
        name="Ramesh"
    )
    await press(row.control, "Super admin")
    assert question in shown_texts(row.control)
    assert row.asking is SUPER_ADMIN_GRANT
    await press(row.control, "Cancel")
    assert question not in shown_texts(row.control)
    assert row.user.roles == (Role.USER,)


async def test_other_roles_are_granted_without_a_question(ctx: AppContext, navigation: Navigation) -> None:
    row = AdminUserRow(ctx, person(roles=["USER"]))
    await press(row.control, "Store owner")
    assert row.asking is None
    assert navigation.routes == ["/login"]  # sent at once (and, signed out here, sent to sign in)


async def test_a_confirmed_change_is_confirmed_in_a_snackbar_in_the_language_shown(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    confirmed: list[str] = []
    ctx = dataclasses.replace(held_ctx, confirm=confirmed.append)
    sign_in(ctx)
    ctx.tr.switch(Language.TE)
    row = AdminUserRow(ctx, person(roles=["USER"]))
    await press(row.control, te("Super admin"))
    granting = asyncio.ensure_future(press(row.control, te("Yes, make super admin")))
    request = await held_gateway.requests.get()
    assert request.variables["role"] == "SUPER_ADMIN"
    request.answer(
        {
            "grantRole": {
                "user": user_json(id="u-2", name="Ramesh", roles=["USER", "SUPER_ADMIN"]),
                "errors": [],
            }
        }
    )
    await granting
    assert confirmed == [te("{name} is now a super admin").format(name="Ramesh")]
    assert row.asking is None
    assert Role.SUPER_ADMIN in row.user.roles


async def test_a_refused_change_is_not_confirmed(ctx: AppContext) -> None:
    confirmed: list[str] = []
    ctx = dataclasses.replace(ctx, confirm=confirmed.append)
    sign_in(ctx)
    row = AdminUserRow(ctx, person())
    await press(row.control, "Deactivate")
    await press(row.control, "Yes, deactivate")
    assert row.error_line.value == EN.error("GATEWAY_UNAVAILABLE")
    assert confirmed == []


def test_filters_fold_away_on_a_phone_and_open_on_a_wide_screen(ctx: AppContext) -> None:
    _, panel = admin_screen(ctx)
    assert panel.filters.expanded  # the test context's viewport is a desktop's
    ctx.viewport.resize(390)
    assert not panel.filters.expanded
    ctx.viewport.resize(1280)
    assert panel.filters.expanded
    assert panel.filters_summary.value == "Any role · including deactivated users"


def test_people_are_cards_one_a_row_on_a_phone_and_side_by_side_when_wider(ctx: AppContext) -> None:
    _, panel = admin_screen(ctx)
    show_page(panel, UsersPaging(UserFilter()), UserPage((person(), person(id="u-3")), total=2))
    assert isinstance(panel.rows_column, ft.ResponsiveRow)
    assert all(isinstance(row.control, ft.Card) for row in panel.rows)
    assert [row.control.col for row in panel.rows] == [CARD_COLUMNS, CARD_COLUMNS]
    assert CARD_COLUMNS["xs"] == 12
    assert CARD_COLUMNS["xl"] < 12
