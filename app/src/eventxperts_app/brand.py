"""EventXperts' identity, said once: the web page, its manifest and splash, the icons, the app's theme and
the `flet build` settings in app/pyproject.toml (checked against these by a test) all read it here."""

from __future__ import annotations

from eventxperts_app.i18n import N_

# The brand reads the same in every language (people search for it by this name).
APP_NAME = "EventXperts"
SHORT_NAME = "EventXperts"

# Kumkum maroon and marigold, the colours of a mandapam; the splash is the cream of a wedding card.
THEME_COLOUR = "#7B1E3A"
ACCENT_COLOUR = "#F2A900"
BACKGROUND_COLOUR = "#FFF8EE"
DARK_BACKGROUND_COLOUR = "#2B0F18"

# TRANSLATORS: the app's description in the install prompt and in search results.
DESCRIPTION = N_(
    "Bookings, muhurthams, GST invoices and a marketplace for event businesses in Andhra Pradesh "
    "and Telangana."
)
TAGLINE = N_("For event businesses in Andhra Pradesh and Telangana")
LOADING = N_("Loading EventXperts…")
OFFLINE = N_("You are offline. EventXperts opens again when you are connected.")
