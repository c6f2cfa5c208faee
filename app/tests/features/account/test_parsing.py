"""The states the profile offers keep their Telugu names when the service has them."""

from __future__ import annotations

from eventxperts_app.features.account.models import State
from eventxperts_app.features.account.parsing import parse_states


def test_states_carry_their_telugu_names_when_given() -> None:
    data = {
        "states": [
            {"code": "36", "name": "Telangana", "nameTe": "తెలంగాణ"},
            {"code": "97", "name": "Other Territory", "nameTe": None},
        ]
    }
    assert parse_states(data) == (State("36", "Telangana", "తెలంగాణ"), State("97", "Other Territory", None))
