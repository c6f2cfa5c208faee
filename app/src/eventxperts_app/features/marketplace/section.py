"""The marketplace section: for now only its home card, which says it is coming soon."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.ui.section import HomeCard, Section

SECTION = Section(
    name="marketplace",
    home_cards=(
        HomeCard(
            roles=frozenset({Role.STORE_OWNER}),
            title="home.store.title",
            body="home.store.body",
            icon=ft.Icons.STOREFRONT,
        ),
    ),
)
