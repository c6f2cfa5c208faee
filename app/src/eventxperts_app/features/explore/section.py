"""The explore section: for now only its home card, which says it is coming soon."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.ui.section import HomeCard, Section

SECTION = Section(
    name="explore",
    home_cards=(
        HomeCard(
            roles=frozenset({Role.USER}),
            title="home.browse.title",
            body="home.browse.body",
            icon=ft.Icons.TRAVEL_EXPLORE,
        ),
    ),
)
