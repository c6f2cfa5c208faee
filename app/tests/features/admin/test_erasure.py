"""Erasing someone's data from the super admin's users panel, without a browser: it asks first, in
the row, never on oneself; an erased account reads "Erased account" with its date and offers
nothing more. The gateway is unreachable on purpose (see conftest)."""

from __future__ import annotations

import re

import flet as ft
from eventxperts_app.api.models import AuthResult, TokenPair, User
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.admin.user_row import ERASURE, AdminUserRow
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...control_texts import press, shown_texts, walk
from ...payloads import user_json
from ...texts import EN, te

TELUGU = re.compile("[\u0c00-\u0c7f]")
ADMIN_ID = "admin-1"
ERASED_ID = "0193a1b2-erased"


def person(**overrides: object) -> User:
    fields: dict[str, object] = {"id": "u-2", "name": "Ramesh", "email": "ramesh@example.in"}
    return parse_user(user_json(**(fields | overrides)))


def erased_person() -> User:
    """As the users service answers an erased account: 20:15 UTC is already the next day in India."""
    return person(
        id=ERASED_ID, name="", email=f"erased-{ERASED_ID}@erased.invalid", phone="", roles=[],
        isActive=False, erasedAt="2026-11-24T20:15:00+00:00",
    )  # fmt: skip


def sign_in_as_admin(ctx: AppContext) -> None:
    admin = person(id=ADMIN_ID, name="Platform Admin", roles=["SUPER_ADMIN"])
    ctx.auth.start(AuthResult(user=admin, tokens=TokenPair("a.b.c", "r-1", 900, "Bearer")))


def pressable(row: AdminUserRow) -> list[object]:
    return [c for c in walk(row.control) if callable(getattr(c, "on_click", None))]


def test_active_and_deactivated_people_can_have_their_data_erased(ctx: AppContext) -> None:
    sign_in_as_admin(ctx)
    assert "Erase data" in shown_texts(AdminUserRow(ctx, person()).control)
    assert "Erase data" in shown_texts(AdminUserRow(ctx, person(isActive=False)).control)


def test_the_admin_is_not_offered_to_erase_themselves(ctx: AppContext) -> None:
    sign_in_as_admin(ctx)
    own = shown_texts(AdminUserRow(ctx, person(id=ADMIN_ID, roles=["SUPER_ADMIN"])).control)
    assert "Erase data" not in own
    assert "Grant role" in own  # what the service lets them do to themselves (test_users_panel)


async def test_erasing_asks_first_and_cancelling_leaves_the_account_alone(ctx: AppContext) -> None:
    sign_in_as_admin(ctx)
    row = AdminUserRow(ctx, person())
    question = "Erase {name}'s data for good? Only their id is kept.".format(name="Ramesh")
    await press(row.control, "Erase data")
    assert question in shown_texts(row.control)
    assert "Deactivate {name}? They are signed out at once and cannot sign in until reactivated.".format(
        name="Ramesh"
    ) not in shown_texts(row.control)
    await press(row.control, "Cancel")
    assert question not in shown_texts(row.control)
    assert not row.user.is_erased


async def test_an_erasure_that_fails_is_reported_in_its_row_and_can_be_retried(ctx: AppContext) -> None:
    sign_in_as_admin(ctx)
    row = AdminUserRow(ctx, person())
    await press(row.control, "Erase data")
    await press(row.control, "Yes, erase")
    assert row.error_line.value == EN.error("GATEWAY_UNAVAILABLE")
    assert (row.user.name, row.asking) == ("Ramesh", ERASURE)
    assert not row.control.disabled


def test_an_erased_account_shows_when_it_was_erased_and_its_id_instead_of_a_name(ctx: AppContext) -> None:
    texts = shown_texts(AdminUserRow(ctx, erased_person()).control)
    assert texts == ["Erased account", f"{'Erased on {date}'.format(date='2026-11-25')} · {ERASED_ID}"]


def test_nothing_can_be_done_to_an_erased_account(ctx: AppContext) -> None:
    sign_in_as_admin(ctx)
    row = AdminUserRow(ctx, erased_person())
    row.asking = ERASURE  # a question left open when the answer came back
    row.render()
    assert pressable(row) == []
    assert [c for c in walk(row.control) if isinstance(c, ft.PopupMenuButton)] == []
    assert pressable(AdminUserRow(ctx, person())) != []


def test_an_erased_account_reads_in_telugu_too(ctx: AppContext) -> None:
    row = AdminUserRow(ctx, erased_person())
    ctx.tr.switch(Language.TE)
    row.render()
    assert shown_texts(row.control) == [
        te("Erased account"),
        f"{te('Erased on {date}').format(date='2026-11-25')} · {ERASED_ID}",
    ]
