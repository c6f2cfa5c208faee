"""The app on its own (no gateway answering): sign-in screen, language switch, validation, and a
clear message when the server cannot be reached."""

from __future__ import annotations

from pathlib import Path

import pytest

from .flutter_ui import FlutterUi
from .texts import EN, TE, te

pytestmark = pytest.mark.browser


def test_sign_in_screen_switches_to_telugu_and_reports_problems_in_it(
    ui: FlutterUi, app_without_gateway: str, artifacts_dir: Path
) -> None:
    ui.open(app_without_gateway)
    ui.expect_text("Welcome back")

    ui.click("Sign in")
    ui.expect_text(EN.error("REQUIRED"))

    ui.click("తెలుగు")
    ui.expect_text(te("Welcome back"))
    ui.expect_text(TE.error("REQUIRED"))

    ui.type_into(te("Email"), "ravi@example.in")
    ui.type_into(te("Password"), "a long enough password")
    ui.click(te("Sign in"))
    ui.expect_text(TE.error("GATEWAY_UNAVAILABLE"))
    ui.screenshot(artifacts_dir / "app-login-telugu.png")


def test_register_screen_offers_the_three_self_service_roles_in_both_languages(
    ui: FlutterUi, app_without_gateway: str
) -> None:
    ui.open(app_without_gateway + "register")
    roles = ("User", "Event organizer", "Store owner")
    ui.expect_text("Create your account")
    for role in roles:
        ui.expect_radio(role)
    ui.click("తెలుగు")
    ui.expect_text(te("Create your account"))
    for role in roles:
        ui.expect_radio(te(role))
