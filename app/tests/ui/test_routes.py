"""Visitors see the sign-in screens; signed-in people see the rest (as the sections declare them)."""

from __future__ import annotations

import pytest
from eventxperts_app.features.account.paths import PROFILE, REGISTER
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.routes import HOME, SIGN_IN, resolve_route


@pytest.mark.parametrize(
    ("requested", "signed_in", "shown"),
    [
        ("/", False, SIGN_IN),
        ("/register", False, REGISTER),
        ("/profile", False, SIGN_IN),
        ("/home?tab=1", False, SIGN_IN),
        ("/", True, HOME),
        ("/login", True, HOME),
        ("/profile/", True, PROFILE),
        ("/nowhere", True, HOME),
    ],
)
def test_route_shown(requested: str, signed_in: bool, shown: str) -> None:
    assert resolve_route(requested, signed_in=signed_in, sections=SECTIONS) == shown
