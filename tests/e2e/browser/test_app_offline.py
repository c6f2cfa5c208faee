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


def test_register_screen_asks_what_the_person_does_in_plain_words_in_both_languages(
    ui: FlutterUi, app_without_gateway: str
) -> None:
    ui.open(app_without_gateway + "register")
    roles = ("I'm planning an event", "I run an event business", "I sell event supplies")
    ui.expect_text("Create your account")
    for role in roles:
        ui.expect_radio(role)
    ui.click("తెలుగు")
    ui.expect_text(te("Create your account"))
    for role in roles:
        ui.expect_radio(te(role))


def test_forgot_password_is_reached_from_sign_in_and_enter_submits_it(
    ui: FlutterUi, app_without_gateway: str
) -> None:
    ui.open(app_without_gateway)
    ui.click("Forgot password?")
    ui.expect_text("Reset your password")
    ui.type_into("Email", "ravi@example.in")
    ui.page.keyboard.press("Enter")
    ui.expect_text("Cannot reach the EventXperts server. Check the connection and try again.")
    ui.click("తెలుగు")
    ui.expect_text(te("Reset your password"))
