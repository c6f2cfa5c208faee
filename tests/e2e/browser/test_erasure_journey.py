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
from eventxperts_app.i18n import Language, load_catalogue
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

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EN = load_catalogue(Language.EN)
TE = load_catalogue(Language.TE)
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
    ui.expect_text(EN["home.welcome"].format(name=name))

    ui.click(EN["nav.profile"])
    ui.expect_text(EN["profile.erase.title"])
    ui.expect_text(EN["profile.erase.explain"])
    ui.type_into(EN["profile.erase.password"], "Not-My-Password-2026!")
    ui.click(EN["profile.erase.start"])
    ui.expect_text(EN["profile.erase.confirm"])
    ui.click(EN["profile.erase.yes"])
    ui.expect_text(EN["error.WRONG_PASSWORD"])
    ui.screenshot(artifacts_dir / "app-erase-wrong-password.png")

    ui.type_into(EN["profile.erase.password"], PASSWORD)
    ui.click(EN["profile.erase.yes"])
    ui.expect_text(EN["login.account_erased"])
    ui.expect_text(EN["login.title"])
    expect(ui.button(EN["nav.profile"])).to_have_count(0)  # signed out: no navigation left
    ui.screenshot(artifacts_dir / "app-account-erased.png")

    sign_in(ui, email)
    ui.expect_text(EN["error.INVALID_CREDENTIALS"])


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
    ui.type_into(TE["admin.search"], email)
    ui.click(TE["admin.search_button"])
    ui.expect_text(TE["admin.shown"].format(first=1, last=1, total=1))
    ui.expect_text(name)

    ui.click(TE["admin.erase"])
    ui.expect_text(TE["admin.erase_confirm"].format(name=name))
    before = datetime.now(INDIA).date().isoformat()
    ui.click(TE["admin.erase_yes"])
    ui.expect_text(TE["admin.erased"])
    after = datetime.now(INDIA).date().isoformat()
    # The date in India the erasure happened on (the click may straddle midnight).
    erased_on = "|".join(re.escape(TE["admin.erased_on"].format(date=day)) for day in {before, after})
    expect(ui.page.get_by_text(re.compile(erased_on))).to_be_visible()
    expect(ui.page.get_by_text(name)).to_have_count(0)
    for action in ("admin.erase", "admin.deactivate", "admin.reactivate"):
        expect(ui.button(TE[action])).to_have_count(0)
    ui.screenshot(artifacts_dir / "app-admin-erased-telugu.png")
