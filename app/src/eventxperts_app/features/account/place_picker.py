"""The default-location box: suggests gazetteer towns in English or Telugu as one types (offline, from
india.gazetteer, the data the users service checks against), and remembers the place picked."""

from __future__ import annotations

import flet as ft
from india import UnknownPlace
from india.gazetteer import Place, find_district, find_place, search_places

from eventxperts_app.api.models import Location
from eventxperts_app.features.account.profile_fill import coordinates
from eventxperts_app.i18n import N_, Language
from eventxperts_app.ui.form_fields import FORM_WIDTH
from eventxperts_app.ui.labels import Labels

MAX_SUGGESTIONS = 6


class PlacePicker:
    def __init__(self, labels: Labels, field: ft.TextField) -> None:
        self._labels = labels
        self.field = field
        self.place: Place | None = None
        self.suggestions = ft.Column([], width=FORM_WIDTH, spacing=0, visible=False)
        labels.bind(
            field,
            "helper",
            N_("A town of Andhra Pradesh or Telangana (English or Telugu), or coordinates: 17.385, 78.486"),
        )
        field.on_change = lambda _: self.typed(field.value or "")
        labels.on_relabel(self._rename)

    @property
    def place_id(self) -> str | None:
        return self.place.id if self.place else None

    def typed(self, text: str) -> None:
        """Forget the place picked (the box says something else now) and suggest what matches."""
        self.place = None
        found = (
            [] if len(text.strip()) < 2 or coordinates(text) else search_places(text, limit=MAX_SUGGESTIONS)
        )
        self.suggestions.controls = [self._suggestion(place) for place in found]
        self.suggestions.visible = bool(found)

    def choose(self, place: Place) -> None:
        self.place = place
        self.field.value = self._name(place)
        self.field.error = None
        self.suggestions.controls, self.suggestions.visible = [], False

    def show(self, location: Location | None) -> None:
        self.place = _place_or_none(location.place_id if location else None)
        self.field.value = (
            self._name(self.place) if self.place else ((location.city if location else None) or "")
        )

    def _suggestion(self, place: Place) -> ft.ListTile:
        district = find_district(place.district)
        in_telugu = self._labels.tr.language is Language.TE
        where = (
            f"{district.name_te}, {place.state.name_te}"
            if in_telugu
            else f"{district.name}, {place.state.name}"
        )
        return ft.ListTile(
            title=ft.Text(self._name(place)),
            subtitle=ft.Text(where),
            dense=True,
            on_click=lambda _: self.choose(place),
        )

    def _name(self, place: Place) -> str:
        return place.name_te if self._labels.tr.language is Language.TE else place.name

    def _rename(self) -> None:
        if self.place is not None:
            self.field.value = self._name(self.place)
        if self.suggestions.visible:
            self.typed(self.field.value or "")


def _place_or_none(place_id: str | None) -> Place | None:
    if not place_id:
        return None
    try:
        return find_place(place_id)
    except UnknownPlace:
        return None
