"""The gallery section: organizers' albums and uploads, and guests' shared links (/g/<code>), which
open without signing in (the gallery serves link-shared albums to anyone holding the code)."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.gallery.error_texts import GALLERY_ERROR_TEXTS
from eventxperts_app.features.gallery.gallery_screen import GalleryScreen
from eventxperts_app.features.gallery.paths import GALLERY, SHARED
from eventxperts_app.features.gallery.shared_screen import SharedAlbumScreen
from eventxperts_app.i18n import N_
from eventxperts_app.ui.section import Access, HomeCard, NavEntry, Route, Section

ORGANIZERS = frozenset({Role.ORGANIZER})

SECTION = Section(
    name="gallery",
    routes=(
        Route(GALLERY, GalleryScreen, N_("Gallery")),
        Route(SHARED, SharedAlbumScreen, N_("Shared album"), Access.EVERYONE, prefix=True),
    ),
    nav=(NavEntry(N_("Gallery"), ft.Icons.PHOTO_LIBRARY, GALLERY, ORGANIZERS),),
    home_cards=(
        HomeCard(
            roles=ORGANIZERS,
            title=N_("Gallery"),
            body=N_("Event albums: upload photos, share a link, guests find theirs by selfie."),
            icon=ft.Icons.PHOTO_LIBRARY,
            route=GALLERY,
        ),
    ),
    error_texts=GALLERY_ERROR_TEXTS,
)
