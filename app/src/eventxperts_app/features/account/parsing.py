"""Maps the account feature's own answers to typed results (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import as_list, as_object, optional_str, required_str
from eventxperts_app.features.account.models import State


def parse_states(data: Mapping[str, object]) -> tuple[State, ...]:
    return tuple(
        State(
            code=required_str(state, "code"),
            name=required_str(state, "name"),
            name_te=optional_str(state, "nameTe"),
        )
        for state in (as_object(item, "state") for item in as_list(data.get("states"), "states"))
    )
