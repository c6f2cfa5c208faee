"""The explore section: families find organizers free on a (muhurtham) date and enquire; organizers
answer the enquiries they receive (leads in their calendar); everyone browses public events."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.explore.enquiries_screen import EnquiriesScreen, LeadsScreen
from eventxperts_app.features.explore.error_texts import EXPLORE_ERROR_TEXTS
from eventxperts_app.features.explore.events_screen import EventsScreen
from eventxperts_app.features.explore.explore_screen import ExploreScreen
from eventxperts_app.features.explore.listing_editor import ListingEditorScreen
from eventxperts_app.features.explore.paths import DIRECTORY_PROFILE, EVENTS, EXPLORE, LEADS, MY_ENQUIRIES
from eventxperts_app.i18n import N_
from eventxperts_app.ui.section import HomeCard, NavEntry, Route, Section

USERS = frozenset({Role.USER})
ORGANIZERS = frozenset({Role.ORGANIZER})

SECTION = Section(
    name="explore",
    routes=(
        Route(EXPLORE, ExploreScreen, N_("Find organizers")),
        Route(MY_ENQUIRIES, EnquiriesScreen, N_("My enquiries")),
        Route(LEADS, LeadsScreen, N_("Enquiries received")),
        Route(EVENTS, EventsScreen, N_("Public events")),
        Route(DIRECTORY_PROFILE, ListingEditorScreen, N_("Directory profile")),
    ),
    # Organizers' bar is full (calendar, stock, billing, gallery): their enquiries are a home card.
    nav=(NavEntry(N_("Explore"), ft.Icons.TRAVEL_EXPLORE, EXPLORE, USERS),),
    home_cards=(
        HomeCard(
            roles=USERS,
            title=N_("Find organizers"),
            body=N_("Who is free on your muhurtham date, near you: decorators, tents, catering and more."),
            icon=ft.Icons.TRAVEL_EXPLORE,
            route=EXPLORE,
        ),
        HomeCard(
            roles=USERS,
            title=N_("My enquiries"),
            body=N_("What you asked organizers, and their answers."),
            icon=ft.Icons.FORUM,
            route=MY_ENQUIRIES,
        ),
        HomeCard(
            roles=frozenset({Role.USER, Role.ORGANIZER}),
            title=N_("Public events"),
            body=N_("Festival celebrations, exhibitions, melas and workshops near you."),
            icon=ft.Icons.FESTIVAL,
            route=EVENTS,
        ),
        HomeCard(
            roles=ORGANIZERS,
            title=N_("Enquiries received"),
            body=N_("Families asking about your services: answer them here."),
            icon=ft.Icons.MARK_EMAIL_UNREAD,
            route=LEADS,
        ),
        HomeCard(
            roles=ORGANIZERS,
            title=N_("Directory profile"),
            body=N_("How families find you: your services, prices and districts."),
            icon=ft.Icons.STOREFRONT,
            route=DIRECTORY_PROFILE,
        ),
    ),
    error_texts=EXPLORE_ERROR_TEXTS,
)
