"""An organizer's first visit in the browser: register, sign out, sign in, switch to Telugu, a
typed error from the users service next to its field in Telugu, then a profile that saves."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from ..conftest import RunningPlatform
from .app_steps import register_organizer, sign_in
from .flutter_ui import FlutterUi
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_organizer_registers_signs_in_and_works_in_telugu(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    name = f"Sri Lakshmi Decorators {secrets.token_hex(3)}"
    email = f"organizer-{secrets.token_hex(4)}@example.in"
    ui.open(platform_stack.app_url)

    register_organizer(ui, name, email)
    ui.expect_text(f"Welcome, {name}")
    ui.expect_text("Stock")

    ui.click("Sign out")
    sign_in(ui, email)
    ui.expect_text(f"Welcome, {name}")

    ui.click("తెలుగు")
    ui.expect_text(te("Welcome, {name}").format(name=name))
    ui.expect_text(te("Stock"))
    ui.expect_text(te("Calendar"))
    ui.screenshot(artifacts_dir / "app-telugu.png")

    ui.click(te("Profile"))
    ui.expect_text(te("Business profile"))
    ui.type_into(te("GSTIN"), "NOT-A-GSTIN")
    ui.click(te("Save profile"))
    ui.expect_text(te("A GSTIN has exactly 15 characters"))  # the service's reason, not the code's text
    ui.screenshot(artifacts_dir / "app-profile-telugu.png")

    ui.type_into(te("GSTIN"), "")
    ui.type_into(te("Business name"), "శ్రీ లక్ష్మి డెకరేటర్స్")
    ui.pick(te("State"), "తెలంగాణ")
    ui.type_into(te("Address line 1"), "12-2-345, Main Road")
    ui.type_into(te("City / town"), "Hyderabad")
    ui.type_into(te("PIN code"), "500001")
    ui.click(te("Save profile"))
    ui.expect_text(te("Profile saved"))
    ui.screenshot(artifacts_dir / "app-profile-saved-telugu.png")
