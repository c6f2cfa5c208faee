"""What the profile form fills in by itself, offline (pure): the state a GSTIN names, the district and
state of a PIN code (india.pin_directory), and what a default-location box holds."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from india import InvalidPinCode
from india.pin_directory import area_for_pin

from eventxperts_app.features.account.models import State
from eventxperts_app.i18n import Language

# Two numbers with a comma or spaces between: "17.385, 78.486".
_COORDINATES = re.compile(r"^\s*(-?\d{1,3}(?:\.\d+)?)\s*[,\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
# AP and Telangana lead the state list; the rest follow by name in the language on screen.
FIRST_STATES = ("37", "36")


@dataclass(frozen=True)
class PinFill:
    state_code: str
    district: str | None


def state_of_gstin(gstin: str, states: Iterable[State]) -> str | None:
    """The state whose GST code starts the GSTIN typed so far, once two characters are there."""
    code = gstin.strip().replace(" ", "")[:2]
    return code if len(code) == 2 and code in {state.code for state in states} else None


def fill_from_pin(pin: str, language: Language) -> PinFill | None:
    """State and (when the PIN serves one) district of a complete PIN code, named in `language`."""
    if len(pin.strip().replace(" ", "")) != 6:
        return None
    try:
        area = area_for_pin(pin)
    except InvalidPinCode:
        return None
    if area is None:
        return None
    district = area.district
    name = None
    if district is not None:
        name = district.name_te if language is Language.TE and district.name_te else district.name
    return PinFill(area.state.code, name)


def coordinates(text: str) -> tuple[float, float] | None:
    """The latitude and longitude a box holds, if it holds two numbers and nothing else."""
    found = _COORDINATES.match(text)
    return (float(found.group(1)), float(found.group(2))) if found else None


def ordered_states(states: Iterable[State], language: Language) -> list[State]:
    """Andhra Pradesh and Telangana first, then every other state by its name on screen."""

    def shown(state: State) -> str:
        return (state.name_te or state.name) if language is Language.TE else state.name

    given = list(states)
    first = [s for code in FIRST_STATES for s in given if s.code == code]
    return first + sorted((s for s in given if s.code not in FIRST_STATES), key=shown)
