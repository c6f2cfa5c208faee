"""Visitors see the sign-in screens; signed-in people see the rest."""

from __future__ import annotations

import pytest
from eventxperts_app.ui.routes import HOME, LOGIN, PROFILE, REGISTER, resolve_route


@pytest.mark.parametrize(
    ("requested", "signed_in", "shown"),
    [
        ("/", False, LOGIN),
        ("/register", False, REGISTER),
        ("/profile", False, LOGIN),
        ("/home?tab=1", False, LOGIN),
        ("/", True, HOME),
        ("/login", True, HOME),
        ("/profile/", True, PROFILE),
        ("/nowhere", True, HOME),
    ],
)
def test_route_shown(requested: str, signed_in: bool, shown: str) -> None:
    assert resolve_route(requested, signed_in=signed_in) == shown
