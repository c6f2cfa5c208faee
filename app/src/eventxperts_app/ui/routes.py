"""Which screen a route shows, given whether someone is signed in (pure)."""

from __future__ import annotations

LOGIN = "/login"
REGISTER = "/register"
HOME = "/home"
PROFILE = "/profile"

_PUBLIC = frozenset({LOGIN, REGISTER})
_SIGNED_IN_ONLY = frozenset({HOME, PROFILE})


def resolve_route(requested: str, *, signed_in: bool) -> str:
    """The route to show: sign-in screens for visitors, the home screen instead of them after."""
    path = requested.split("?", 1)[0].split("#", 1)[0].rstrip("/") or "/"
    if path in _PUBLIC:
        return HOME if signed_in else path
    if path in _SIGNED_IN_ONLY:
        return path if signed_in else LOGIN
    return HOME if signed_in else LOGIN
