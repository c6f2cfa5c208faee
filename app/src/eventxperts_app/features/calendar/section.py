"""The calendar section: organizers' month with panchangam, bookings and stock."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.calendar.calendar_screen import CalendarScreen
from eventxperts_app.features.calendar.error_texts import CALENDAR_ERROR_TEXTS
from eventxperts_app.features.calendar.paths import CALENDAR, STOCK
from eventxperts_app.features.calendar.stock_screen import StockScreen
from eventxperts_app.i18n import N_
from eventxperts_app.ui.section import HomeCard, NavEntry, Route, Section

ORGANIZERS = frozenset({Role.ORGANIZER})

SECTION = Section(
    name="calendar",
    routes=(
        Route(CALENDAR, CalendarScreen, N_("Calendar")),
        Route(STOCK, StockScreen, N_("Stock")),
    ),
    nav=(
        NavEntry(N_("Calendar"), ft.Icons.CALENDAR_MONTH, CALENDAR, ORGANIZERS),
        NavEntry(N_("Stock"), ft.Icons.INVENTORY_2, STOCK, ORGANIZERS),
    ),
    home_cards=(
        HomeCard(
            roles=ORGANIZERS,
            title=N_("Calendar"),
            body=N_("Your bookings by month, with panchangam and muhurthams."),
            icon=ft.Icons.CALENDAR_MONTH,
            route=CALENDAR,
        ),
        HomeCard(
            roles=ORGANIZERS,
            title=N_("Stock"),
            body=N_("Your chairs, shamianas and lights, and what is free on which day."),
            icon=ft.Icons.INVENTORY_2,
            route=STOCK,
        ),
    ),
    error_texts=CALENDAR_ERROR_TEXTS,
)
