"""Chromium on a phone-sized screen: a new number signs up with the code the platform texts (to the SMS
gateway's stand-in on loopback), as Indian apps do: the number, the code, then a name."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from ..conftest import RunningPlatform
from .flutter_ui import FlutterUi
from .layout_checks import collect_nodes, layout_problems

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_new_number_signs_up_with_the_texted_code_on_a_phone(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    mobile = "9" + "".join(secrets.choice("0123456789") for _ in range(9))
    name = f"Padma {secrets.token_hex(3)}"
    ui.page.set_viewport_size({"width": 390, "height": 844})
    ui.open(platform_stack.edge_url)
    ui.expect_text("Welcome back")
    ui.click("Sign in with phone")

    ui.type_into("Mobile number", mobile)
    ui.click("Text me a code")
    (sms,) = platform_stack.sms.wait_for(f"+91{mobile}")
    ui.expect_text("We texted a code to this number. It works for 5 minutes.")
    ui.screenshot(artifacts_dir / "phone-sign-in-code-390.png")
    assert layout_problems(collect_nodes(ui.page), 390, 844) == []
    ui.type_into("6-digit code from the SMS", sms.variables["otp"])
    ui.click("Sign in")

    ui.expect_text("This number has no account yet. Tell us your name to create one.")
    ui.type_into("Your name", name)
    ui.click("Sign in")
    ui.expect_text(f"Welcome, {name}")
