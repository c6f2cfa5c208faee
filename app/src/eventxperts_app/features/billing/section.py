"""The billing section: a business's quotations, invoices, payments, clients and billing profile, for
organizers and store owners (a store's invoices for its marketplace orders are made here)."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.billing.billing_screen import BillingScreen
from eventxperts_app.features.billing.clients_screen import ClientsScreen
from eventxperts_app.features.billing.error_texts import BILLING_ERROR_TEXTS
from eventxperts_app.features.billing.paths import BILLING, BILLING_CLIENTS, BILLING_PROFILE, BILLING_REPORTS
from eventxperts_app.features.billing.profile_screen import BillingProfileScreen
from eventxperts_app.features.billing.reports_screen import ReportsScreen
from eventxperts_app.i18n import N_
from eventxperts_app.ui.section import HomeCard, NavEntry, Route, Section

BUSINESSES = frozenset({Role.ORGANIZER, Role.STORE_OWNER})

SECTION = Section(
    name="billing",
    routes=(
        Route(BILLING, BillingScreen, N_("Billing")),
        Route(BILLING_CLIENTS, ClientsScreen, N_("Clients")),
        Route(BILLING_PROFILE, BillingProfileScreen, N_("Billing profile")),
        Route(BILLING_REPORTS, ReportsScreen, N_("Billing reports")),
    ),
    nav=(NavEntry(N_("Billing"), ft.Icons.RECEIPT_LONG, BILLING, BUSINESSES),),
    home_cards=(
        HomeCard(
            roles=BUSINESSES,
            title=N_("Billing"),
            body=N_("Quotations, GST invoices, advances and payments."),
            icon=ft.Icons.RECEIPT_LONG,
            route=BILLING,
        ),
    ),
    error_texts=BILLING_ERROR_TEXTS,
)
