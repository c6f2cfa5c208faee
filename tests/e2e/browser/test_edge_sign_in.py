"""Chromium at the one public origin: the app's page, its client and its websocket all come through the
edge, and a person signs in there as they will in production."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from ..conftest import RunningPlatform
from .app_steps import register_user_through_gateway, sign_in
from .flutter_ui import FlutterUi
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_person_signs_in_through_the_edge_origin(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    name = f"Kanaka Durga Tents {secrets.token_hex(3)}"
    email = f"edge-{secrets.token_hex(4)}@example.in"
    register_user_through_gateway(platform_stack, name, email)

    ui.open(platform_stack.edge_url)
    sign_in(ui, email)

    # Someone registered through the API reads the app in Telugu.
    ui.expect_text(te("Welcome, {name}").format(name=name))
    ui.screenshot(artifacts_dir / "app-through-edge.png")
