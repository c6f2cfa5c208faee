"""An organizer's first visit in the browser: register, sign out, sign in, switch to Telugu, a
typed error from the users service next to its field in Telugu, then a profile that saves."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from eventxperts_app.i18n import Language, load_catalogue

from ..conftest import RunningPlatform
from .app_steps import register_organizer, sign_in
from .flutter_ui import FlutterUi

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EN = load_catalogue(Language.EN)
TE = load_catalogue(Language.TE)


def test_organizer_registers_signs_in_and_works_in_telugu(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    name = f"Sri Lakshmi Decorators {secrets.token_hex(3)}"
    email = f"organizer-{secrets.token_hex(4)}@example.in"
    ui.open(platform_stack.app_url)

    register_organizer(ui, name, email)
    ui.expect_text(EN["home.welcome"].format(name=name))
    ui.expect_text(EN["home.bookings.title"])

    ui.click(EN["nav.logout"])
    sign_in(ui, email)
    ui.expect_text(EN["home.welcome"].format(name=name))

    ui.click("తెలుగు")
    ui.expect_text(TE["home.welcome"].format(name=name))
    ui.expect_text(TE["home.bookings.title"])
    ui.expect_text(TE["home.calendar.title"])
    ui.screenshot(artifacts_dir / "app-telugu.png")

    ui.click(TE["nav.profile"])
    ui.expect_text(TE["profile.title"])
    ui.type_into(TE["field.gstin"], "NOT-A-GSTIN")
    ui.click(TE["profile.submit"])
    ui.expect_text(TE["error.INVALID_GSTIN"])
    ui.screenshot(artifacts_dir / "app-profile-telugu.png")

    ui.type_into(TE["field.gstin"], "")
    ui.type_into(TE["field.business_name"], "శ్రీ లక్ష్మి డెకరేటర్స్")
    ui.pick(TE["field.state"], "తెలంగాణ")
    ui.type_into(TE["field.address_line1"], "12-2-345, Main Road")
    ui.type_into(TE["field.city"], "Hyderabad")
    ui.type_into(TE["field.pin_code"], "500001")
    ui.click(TE["profile.submit"])
    ui.expect_text(TE["profile.saved"])
    ui.screenshot(artifacts_dir / "app-profile-saved-telugu.png")
