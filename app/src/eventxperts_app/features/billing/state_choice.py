"""A state dropdown for billing's forms, offline from libs/india (Andhra Pradesh and Telangana first,
named in the language on screen), and the state a GSTIN names."""

from __future__ import annotations

import flet as ft
import india

from eventxperts_app.features.account.models import State
from eventxperts_app.features.account.profile_fill import ordered_states, state_of_gstin
from eventxperts_app.i18n import Language, Msgid
from eventxperts_app.ui.form_layout import THIRD, Columns
from eventxperts_app.ui.labels import Labels

STATES = tuple(State(s.code, s.name, s.name_te) for s in india.STATES)


def state_dropdown(labels: Labels, label: Msgid, *, col: Columns | None = None) -> ft.Dropdown:
    dropdown = ft.Dropdown(col=col or THIRD, expand=True, enable_filter=True, editable=True)

    def name_states() -> None:
        telugu = labels.tr.language is Language.TE
        dropdown.options = [
            ft.DropdownOption(key=s.code, text=(s.name_te or s.name) if telugu else s.name)
            for s in ordered_states(STATES, labels.tr.language)
        ]

    labels.on_relabel(name_states)
    return labels.bind(dropdown, "label", label)


def gstin_state(gstin: str) -> str | None:
    """The state code a GSTIN typed so far starts with, once it names one."""
    return state_of_gstin(gstin, STATES)
