"""The explore section: finding organizers and public events, and enquiring with organizers."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.explore.error_texts import EXPLORE_ERROR_TEXTS
from eventxperts_app.i18n import N_
from eventxperts_app.ui.section import HomeCard, Section

SECTION = Section(
    name="explore",
    home_cards=(
        HomeCard(
            roles=frozenset({Role.USER}),
            title=N_("Browse"),
            body=N_("Find organizers, stores and event services near you."),
            icon=ft.Icons.TRAVEL_EXPLORE,
        ),
    ),
    error_texts=EXPLORE_ERROR_TEXTS,
)
