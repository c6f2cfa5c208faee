"""The calendar section: for now only its home card, which says it is coming soon."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.ui.section import HomeCard, Section

SECTION = Section(
    name="calendar",
    home_cards=(
        HomeCard(
            roles=frozenset({Role.ORGANIZER}),
            title="home.bookings.title",
            body="home.bookings.body",
            icon=ft.Icons.EVENT,
        ),
        HomeCard(
            frozenset({Role.ORGANIZER}), "home.calendar.title", "home.calendar.body", ft.Icons.CALENDAR_MONTH
        ),
    ),
)
