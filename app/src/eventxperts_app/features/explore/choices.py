"""The explore section's dropdowns: districts of Andhra Pradesh and Telangana (from the gazetteer the
discovery service checks against, offline), the services organizers offer (as the service lists them)
and the kinds of event an enquiry is for (the calendar's). Options are named in the language on screen
and typing filters them, in either script."""

from __future__ import annotations

import flet as ft
from india.gazetteer import districts

from eventxperts_app.features.calendar.models import EventKind
from eventxperts_app.features.calendar.names import EVENT_KINDS
from eventxperts_app.features.explore.models import ServiceKind
from eventxperts_app.features.explore.names import in_language
from eventxperts_app.i18n import Msgid
from eventxperts_app.ui.form_layout import Columns, dropdown
from eventxperts_app.ui.labels import Labels


def district_choice(labels: Labels, label: Msgid, *, col: Columns | None = None) -> ft.Dropdown:
    field = dropdown(labels, label, col=col)
    every = districts()

    def name_options() -> None:
        named = sorted((in_language(labels.tr, d.name, d.name_te), d.id) for d in every)
        field.options = [ft.DropdownOption(key=key, text=text) for text, key in named]

    labels.on_relabel(name_options)
    return field


def service_choice(labels: Labels, label: Msgid, *, col: Columns | None = None) -> ServiceChoice:
    return ServiceChoice(labels, dropdown(labels, label, col=col))


class ServiceChoice:
    """Filled once the service has said which services there are (`fill`)."""

    def __init__(self, labels: Labels, field: ft.Dropdown) -> None:
        self._labels, self.field = labels, field
        self.kinds: tuple[ServiceKind, ...] = ()
        labels.on_relabel(self._name_options)

    def fill(self, kinds: tuple[ServiceKind, ...]) -> None:
        self.kinds = kinds
        self._name_options()

    def _name_options(self) -> None:
        self.field.options = [
            ft.DropdownOption(key=k.slug, text=in_language(self._labels.tr, k.name, k.name_te))
            for k in self.kinds
        ]


def event_kind_choice(labels: Labels, label: Msgid, *, col: Columns | None = None) -> ft.Dropdown:
    """The kinds the calendar books, sent to discovery as its lower-case slugs (wedding, ...)."""
    field = dropdown(labels, label, col=col, value=event_kind_slug(EventKind.WEDDING))

    def name_options() -> None:
        field.options = [
            ft.DropdownOption(key=event_kind_slug(kind), text=labels.tr(name))
            for kind, name in EVENT_KINDS.items()
        ]

    labels.on_relabel(name_options)
    return field


def event_kind_slug(kind: EventKind) -> str:
    return kind.value.lower()


def event_kind_name(labels: Labels, slug: str) -> str:
    name = EVENT_KINDS.get(EventKind(slug.upper())) if slug.upper() in EventKind.__members__ else None
    return labels.tr(name) if name is not None else slug
