"""The app on its own (no gateway answering): sign-in screen, language switch, validation, and a
clear message when the server cannot be reached."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventxperts_app.i18n import Language, load_catalogue

from .flutter_ui import FlutterUi

pytestmark = pytest.mark.browser

EN = load_catalogue(Language.EN)
TE = load_catalogue(Language.TE)


def test_sign_in_screen_switches_to_telugu_and_reports_problems_in_it(
    ui: FlutterUi, app_without_gateway: str, artifacts_dir: Path
) -> None:
    ui.open(app_without_gateway)
    ui.expect_text(EN["login.title"])

    ui.click(EN["login.submit"])
    ui.expect_text(EN["error.REQUIRED"])

    ui.click("తెలుగు")
    ui.expect_text(TE["login.title"])
    ui.expect_text(TE["error.REQUIRED"])

    ui.type_into(TE["field.email"], "ravi@example.in")
    ui.type_into(TE["field.password"], "a long enough password")
    ui.click(TE["login.submit"])
    ui.expect_text(TE["error.GATEWAY_UNAVAILABLE"])
    ui.screenshot(artifacts_dir / "app-login-telugu.png")


def test_register_screen_offers_the_three_self_service_roles_in_both_languages(
    ui: FlutterUi, app_without_gateway: str
) -> None:
    ui.open(app_without_gateway + "register")
    roles = ("role.USER", "role.ORGANIZER", "role.STORE_OWNER")
    ui.expect_text(EN["register.title"])
    for key in roles:
        ui.expect_radio(EN[key])
    ui.click("తెలుగు")
    ui.expect_text(TE["register.title"])
    for key in roles:
        ui.expect_radio(TE[key])
