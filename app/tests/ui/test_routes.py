"""Visitors see the sign-in screens; signed-in people see the rest (as the sections declare them)."""

from __future__ import annotations

import pytest
from eventxperts_app.features.account.paths import PROFILE, REGISTER
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.routes import HOME, SIGN_IN, arguments_of, location, path_of, resolve_route


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


def test_a_links_arguments_are_read_from_its_query_and_written_back() -> None:
    assert arguments_of("/calendar?booking=b-1#top") == {"booking": "b-1"}
    assert arguments_of("/calendar") == {}
    assert path_of("/calendar/?booking=b-1") == "/calendar"
    assert location("/calendar", {"booking": "b 1"}) == "/calendar?booking=b+1"
    assert location("/calendar", {}) == "/calendar"
