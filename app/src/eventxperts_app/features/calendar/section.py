"""The calendar section: for now only its home card, which says it is coming soon."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.i18n import N_
from eventxperts_app.ui.section import HomeCard, Section

SECTION = Section(
    name="calendar",
    home_cards=(
        HomeCard(
            roles=frozenset({Role.ORGANIZER}),
            title=N_("Bookings"),
            body=N_("Your event bookings and quotations will appear here."),
            icon=ft.Icons.EVENT,
        ),
        HomeCard(
            roles=frozenset({Role.ORGANIZER}),
            title=N_("Calendar"),
            body=N_("Your booking calendar with panchangam and muhurthams."),
            icon=ft.Icons.CALENDAR_MONTH,
        ),
    ),
)
