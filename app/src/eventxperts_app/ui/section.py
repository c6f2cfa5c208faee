"""What a section of the app declares: the one place it tells the shell about itself.

A section (account, admin, calendar, ...) lives in `features/<feature>/` and declares one `Section`:
the routes it shows, what it puts on the home screen for which roles, its entries in the app bar, and
the texts of the error codes its service answers (beyond the shared ones of ui/error_texts.py).
The shell, the router, the home screen and the app bar read these declarations (see ui/sections.py);
none of them names a feature.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Protocol

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.i18n import Msgid
from eventxperts_app.ui.app_context import AppContext, Screen
from eventxperts_app.ui.labels import Labels

Roles = frozenset[Role]


class Access(Enum):
    VISITORS = "visitors"  # before signing in only (sign-in, register): the signed-in are sent home
    SIGNED_IN = "signed_in"
    EVERYONE = "everyone"  # signed in or not (a guest opening an album's shared link)


@dataclass(frozen=True)
class Route:
    path: str
    screen: Callable[[AppContext], Screen]
    title: Msgid  # the browser tab's title while the screen shows ("Sign in · EventXperts")
    access: Access = Access.SIGNED_IN
    # A prefix route also shows /path/<anything> (one more segment); its screen reads the rest.
    prefix: bool = False


@dataclass(frozen=True)
class NavEntry:
    """A button in the app bar once signed in; no `roles` means everyone signed in sees it."""

    label: Msgid
    icon: ft.IconData
    route: str
    roles: Roles = frozenset()


@dataclass(frozen=True)
class HomeCard:
    """A card on the home screen of people holding any of `roles`.

    Without a `route` the section is not built yet and the card says so ("Coming soon").
    """

    roles: Roles
    title: Msgid
    body: Msgid
    icon: ft.IconData
    route: str | None = None


class HomePanel(Protocol):
    """A part of the home screen with its own controls and data (the users panel, say)."""

    @property
    def control(self) -> ft.Control:
        """What the home screen shows of the panel, below the cards."""

    async def load(self) -> None:
        """Fetches what the panel shows (after the home screen is on the page)."""


@dataclass(frozen=True)
class HomePanelEntry:
    roles: Roles
    build: Callable[[AppContext, Labels], HomePanel]


@dataclass(frozen=True)
class Section:
    name: str
    routes: tuple[Route, ...] = ()
    nav: tuple[NavEntry, ...] = ()
    home_cards: tuple[HomeCard, ...] = ()
    home_panels: tuple[HomePanelEntry, ...] = ()
    error_texts: Mapping[str, Msgid] = field(default_factory=lambda: MappingProxyType({}))
