"""Which screen a route shows, given whether someone is signed in (pure).

The shell owns two paths: the home screen and where visitors sign in (a section declares that
screen). Every other path is a section's, with the access its route declares.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode

from eventxperts_app.ui.section import Access

if TYPE_CHECKING:
    from eventxperts_app.ui.sections import Sections

HOME = "/home"
SIGN_IN = "/login"


def path_of(requested: str) -> str:
    """`/calendar` of `/calendar/?booking=b-1#top`."""
    return requested.split("?", 1)[0].split("#", 1)[0].rstrip("/") or "/"


def arguments_of(requested: str) -> dict[str, str]:
    """What a link asks the screen to open: `{"booking": "b-1"}` of `/calendar?booking=b-1`."""
    query = requested.split("#", 1)[0].partition("?")[2]
    return dict(parse_qsl(query))


def location(path: str, arguments: Mapping[str, str]) -> str:
    """The address of `path` with its arguments, as the browser shows it."""
    return f"{path}?{urlencode(arguments)}" if arguments else path


def resolve_route(requested: str, *, signed_in: bool, sections: Sections) -> str:
    """The route to show: sign-in screens for visitors, the home screen instead of them after."""
    path = path_of(requested)
    route = sections.route(path)
    if route is None:
        return HOME if signed_in else SIGN_IN
    if route.access is Access.EVERYONE:
        return path
    if route.access is Access.VISITORS:
        return HOME if signed_in else path
    return path if signed_in else SIGN_IN
