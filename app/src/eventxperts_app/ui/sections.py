"""Every section the app has, as the shell reads them: routes, home content, app bar entries and the
texts of error codes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from eventxperts_app.api.models import Role
from eventxperts_app.i18n import Msgid
from eventxperts_app.ui.error_texts import SHARED_ERROR_TEXTS
from eventxperts_app.ui.routes import HOME, SIGN_IN
from eventxperts_app.ui.section import Access, HomeCard, HomePanelEntry, NavEntry, Roles, Route, Section


class SectionsError(ValueError):
    """The declared sections contradict each other (two claim a path or word one error code
    differently, nobody offers sign-in)."""


@dataclass(frozen=True)
class HomeContent:
    cards: tuple[HomeCard, ...]
    panels: tuple[HomePanelEntry, ...]


class Sections:
    """The sections in the order the home screen and the app bar show what they declare.

    Sections named in `not_built` are placeholders: declared (their texts are translated, their
    error codes worded) but offered nowhere, neither on the home screen nor in the app bar, until
    their screens land and their name leaves `not_built`.
    """

    def __init__(self, sections: Iterable[Section], not_built: Iterable[str] = ()) -> None:
        self.all = tuple(sections)
        self.not_built = frozenset(not_built)
        unknown = sorted(self.not_built - {section.name for section in self.all})
        if unknown:
            raise SectionsError(f"not_built names no declared section: {unknown}")
        self.built = tuple(section for section in self.all if section.name not in self.not_built)
        routes = [route for section in self.all for route in section.routes]
        _check(routes)
        self._routes = {route.path: route for route in routes}
        self.error_texts = _merged_error_texts(self.all)

    def route(self, path: str) -> Route | None:
        exact = self._routes.get(path)
        if exact is not None:
            return exact
        parent, _, rest = path.rpartition("/")
        route = self._routes.get(parent)
        return route if route is not None and route.prefix and rest else None

    def home_for(self, roles: Iterable[Role]) -> HomeContent:
        """What the home screen shows someone holding `roles`.

        Someone whose roles earn nothing at all is shown what a plain user is: everyone is one.
        """
        held = frozenset(roles)
        content = self._home_of(held)
        if not (content.cards or content.panels):
            content = self._home_of(frozenset({Role.USER}))
        return content

    def nav_for(self, roles: Iterable[Role]) -> tuple[NavEntry, ...]:
        held = frozenset(roles)
        return tuple(entry for s in self.built for entry in s.nav if not entry.roles or entry.roles & held)

    def _home_of(self, held: Roles) -> HomeContent:
        return HomeContent(
            cards=tuple(card for s in self.built for card in s.home_cards if card.roles & held),
            panels=tuple(panel for s in self.built for panel in s.home_panels if panel.roles & held),
        )


def _check(routes: list[Route]) -> None:
    claimed = Counter(route.path for route in routes)
    twice = sorted(path for path, count in claimed.items() if count > 1)
    if twice:
        raise SectionsError(f"paths declared by more than one route: {twice}")
    if HOME in claimed:
        raise SectionsError(f"{HOME} is the shell's home screen; no section may declare it")
    if not any(route.path == SIGN_IN and route.access is Access.VISITORS for route in routes):
        raise SectionsError(f"no section offers visitors the sign-in screen at {SIGN_IN}")


def _merged_error_texts(sections: tuple[Section, ...]) -> Mapping[str, Msgid]:
    """The shared texts and every section's, by code; one code is worded once."""
    merged = dict(SHARED_ERROR_TEXTS)
    for section in sections:
        for code, text in section.error_texts.items():
            if merged.setdefault(code, text) != text:
                raise SectionsError(f"{section.name} words error code {code} differently: {text!r}")
    return MappingProxyType(merged)
