"""The super admin (made with the CLI) finds a person in the users list, grants a role and revokes it
again. Signing in puts the app in the admin's own language: Telugu, the default preference of an
account."""

from __future__ import annotations

import secrets

import pytest
from playwright.sync_api import expect

from ..conftest import RunningPlatform
from .app_steps import create_super_admin, register_user_through_gateway, sign_in
from .flutter_ui import TIMEOUT_MS, FlutterUi
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_super_admin_grants_and_revokes_store_owner(ui: FlutterUi, platform_stack: RunningPlatform) -> None:
    admin_email = f"admin-{secrets.token_hex(4)}@example.in"
    user_email = f"guest-{secrets.token_hex(4)}@example.in"
    create_super_admin(platform_stack, admin_email)
    register_user_through_gateway(platform_stack, "Ramesh Tent House", user_email)

    ui.open(platform_stack.app_url)
    sign_in(ui, admin_email)
    ui.expect_text(te("Users"))
    ui.type_into(te("Search by name or email"), user_email)
    ui.click(te("Search"))
    ui.expect_text(te("Showing {first}–{last} of {total}").format(first=1, last=1, total=1))
    row = ui.page.get_by_text(user_email)
    expect(row).not_to_contain_text(te("Store owner"))

    # A menu button's accessible name also carries its tooltip, so match the label within it.
    ui.page.get_by_role("button", name=te("Grant role")).click()
    ui.page.get_by_role("menuitem", name=te("Store owner"), exact=True).click()
    expect(row).to_contain_text(te("Store owner"), timeout=TIMEOUT_MS)

    ui.page.get_by_role("button", name=te("Revoke role")).click()
    ui.page.get_by_role("menuitem", name=te("Store owner"), exact=True).click()
    expect(row).not_to_contain_text(te("Store owner"), timeout=TIMEOUT_MS)
