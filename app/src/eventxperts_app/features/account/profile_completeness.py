"""An organizer's home screen says what their business profile still lacks, with the way to fill it.

Customers, invoices and the calendar need the business name, the GSTIN, an address and the calendar's
location; each missing one is named. A complete profile shows nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.api.models import Profile
from eventxperts_app.features.account.paths import PROFILE
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels

# TRANSLATORS: what an organizer's profile still lacks, as the items of a list ("GSTIN, Address").
BUSINESS_NAME = N_("Business name")
GSTIN = N_("GSTIN")
ADDRESS = N_("Address")
LOCATION = N_("Calendar location")


def missing_from(profile: Profile) -> tuple[Msgid, ...]:
    """What an organizer's profile lacks, in the order the profile screen asks for it."""
    location = profile.default_location
    has_location = location is not None and (location.city or location.latitude is not None)
    missing = {
        BUSINESS_NAME: not (profile.business_name or "").strip(),
        GSTIN: not (profile.gstin or "").strip(),
        ADDRESS: profile.address is None,
        LOCATION: not has_location,
    }
    return tuple(item for item, absent in missing.items() if absent)


class ProfileCompletenessPanel:
    """A card on the home screen while something is missing; nothing once the profile is complete."""

    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        user = ctx.auth.user
        self.missing = missing_from(user.profile) if user is not None else ()
        self._tr = labels.tr
        self.missing_line = ft.Text()
        labels.on_relabel(self._name_missing)
        open_profile = labels.bind(
            ft.FilledButton(icon=ft.Icons.EDIT, on_click=_opener(ctx.go)), "content", N_("Complete profile")
        )
        title = labels.text(N_("Complete your business profile"), theme_style=ft.TextThemeStyle.TITLE_MEDIUM)
        lines: list[ft.Control] = [
            ft.Row([ft.Icon(ft.Icons.STOREFRONT), ft.Container(title, expand=True)]),
            self.missing_line,
            open_profile,
        ]
        self.control = ft.Card(
            content=ft.Container(ft.Column(lines, spacing=8), padding=16),
            semantic_container=False,
            visible=bool(self.missing),
        )

    def _name_missing(self) -> None:
        names = ", ".join(self._tr(item) for item in self.missing)
        self.missing_line.value = self._tr(N_("Still missing: {items}")).format(items=names)

    async def load(self) -> None:
        """Reads the signed-in person's profile, which the session already holds."""


def _opener(go: Callable[[str], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
    async def open_profile() -> None:
        await go(PROFILE)

    return open_profile
