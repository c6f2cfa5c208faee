"""The marketplace section: for now only its home card, which says it is coming soon."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.marketplace.error_texts import MARKETPLACE_ERROR_TEXTS
from eventxperts_app.i18n import N_
from eventxperts_app.ui.section import HomeCard, Section

SECTION = Section(
    name="marketplace",
    home_cards=(
        HomeCard(
            roles=frozenset({Role.STORE_OWNER}),
            title=N_("My store"),
            body=N_("Manage your products and orders here."),
            icon=ft.Icons.STOREFRONT,
        ),
    ),
    error_texts=MARKETPLACE_ERROR_TEXTS,
)
