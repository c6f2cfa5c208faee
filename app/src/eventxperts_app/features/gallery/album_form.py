"""The album form: titles in English and Telugu, the event's date and venue."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.gallery.models import Album
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_errors import ErrorSlot, text_field_slot
from eventxperts_app.ui.form_layout import box, fields_row
from eventxperts_app.ui.labels import Labels


class AlbumFields:
    def __init__(self, labels: Labels) -> None:
        self.album_id: str | None = None
        self.title_en = box(labels, N_("Title in English"))
        self.title_te = box(labels, N_("Title in Telugu"))
        self.event_date = box(
            labels, N_("Event date"), hint=N_("YYYY-MM-DD"), keyboard=ft.KeyboardType.DATETIME
        )
        self.venue = box(labels, N_("Venue"))
        self.control = fields_row(self.title_en, self.title_te, self.event_date, self.venue)

    def slots(self) -> dict[str, ErrorSlot]:
        return {
            "titleEn": text_field_slot(self.title_en),
            "titleTe": text_field_slot(self.title_te),
            "eventDate": text_field_slot(self.event_date),
            "venue": text_field_slot(self.venue),
        }

    def fill(self, album: Album | None) -> None:
        self.album_id = album.id if album else None
        self.title_en.value = album.title_en if album else ""
        self.title_te.value = album.title_te if album else ""
        self.event_date.value = (album.event_date or "") if album else ""
        self.venue.value = (album.venue or "") if album else ""

    def variables(self) -> JsonObject:
        """The AlbumInput; blank date and venue are left out (null)."""
        return {
            "titleEn": (self.title_en.value or "").strip(),
            "titleTe": (self.title_te.value or "").strip(),
            "eventDate": (self.event_date.value or "").strip() or None,
            "venue": (self.venue.value or "").strip() or None,
        }
