"""Erasure in Chromium. A person registers, tries to erase their account from the profile with a
wrong password (the error shows under the password), then with the right one, lands on the sign-in
screen that says the account was erased, and cannot sign in any more. A super admin (in Telugu)
erases someone else's data from the users panel, after the row's question, and sees the row become
an erased account with nothing left to do to it."""

from __future__ import annotations

import re
import secrets
from datetime import datetime
from pathlib import Path

import pytest
from eventxperts_app.features.admin.erased_account import INDIA
from playwright.sync_api import ViewportSize, expect

from ..conftest import RunningPlatform
from .app_steps import (
    PASSWORD,
    create_super_admin,
    register_organizer,
    register_user_through_gateway,
    sign_in,
)
from .flutter_ui import FlutterUi
from .texts import EN, te

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# The whole profile, danger zone included, on screen at once.
TALL_VIEWPORT: ViewportSize = {"width": 1280, "height": 1600}


def test_person_erases_their_own_account_from_the_profile(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    name = f"Vara Lakshmi Tents {secrets.token_hex(3)}"
    email = f"erase-self-{secrets.token_hex(4)}@example.in"
    ui.page.set_viewport_size(TALL_VIEWPORT)
    ui.open(platform_stack.app_url)
    register_organizer(ui, name, email)
    ui.expect_text(f"Welcome, {name}")

    ui.click("Profile")
    ui.expect_text("Delete my account")
    ui.expect_text(
        "Erasing removes your name, email, mobile number, business profile and roles; "
        "only an anonymous id is kept. This cannot be undone."
    )
    ui.type_into("Current password", "Not-My-Password-2026!")
    ui.click("Erase my account")
    ui.expect_text("Erase my account for good?")
    ui.click("Erase")
    ui.expect_text(EN.error("WRONG_PASSWORD"))
    ui.screenshot(artifacts_dir / "app-erase-wrong-password.png")

    ui.type_into("Current password", PASSWORD)
    ui.click("Erase")
    ui.expect_text("Your account was erased")
    ui.expect_text("Welcome back")
    expect(ui.button("Profile")).to_have_count(0)  # signed out: no navigation left
    ui.screenshot(artifacts_dir / "app-account-erased.png")

    sign_in(ui, email)
    ui.expect_text(EN.error("INVALID_CREDENTIALS"))


def test_super_admin_erases_someone_from_the_users_panel(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    tag = secrets.token_hex(3)
    admin_email = f"admin-eraser-{tag}@example.in"
    name, email = f"Kalyani Caterers {tag}", f"erase-them-{tag}@example.in"
    create_super_admin(platform_stack, admin_email)
    register_user_through_gateway(platform_stack, name, email)

    ui.open(platform_stack.app_url)
    sign_in(ui, admin_email)  # the admin's preferred language is Telugu
    ui.type_into(te("Search by name or email"), email)
    ui.click(te("Search"))
    ui.expect_text(te("Showing {first}–{last} of {total}").format(first=1, last=1, total=1))
    ui.expect_text(name)

    ui.click(te("Erase data"))
    ui.expect_text(te("Erase {name}'s data for good? Only their id is kept.").format(name=name))
    before = datetime.now(INDIA).date().isoformat()
    ui.click(te("Yes, erase"))
    ui.expect_text(te("Erased account"))
    after = datetime.now(INDIA).date().isoformat()
    # The date in India the erasure happened on (the click may straddle midnight).
    erased_on = "|".join(re.escape(te("Erased on {date}").format(date=day)) for day in {before, after})
    expect(ui.page.get_by_text(re.compile(erased_on))).to_be_visible()
    expect(ui.page.get_by_text(name)).to_have_count(0)
    for action in ("Erase data", "Deactivate", "Reactivate"):
        expect(ui.button(te(action))).to_have_count(0)
    ui.screenshot(artifacts_dir / "app-admin-erased-telugu.png")
