"""Where a PIN code is: its state and district(s), offline, from India Post's PIN directory.

The directory is the ``indian-pincode`` package (code MIT; data India Post / data.gov.in under the
Government Open Data License - India, which asks for this attribution), about 19,000 PIN codes of
every state, with the districts as they stand since the 2016 (Telangana) and 2022 (Andhra Pradesh)
reorganisations. Districts of Andhra Pradesh and Telangana are answered as the gazetteer's
districts (id, English and Telugu names); elsewhere by the directory's English name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import indian_pincode

from india.errors import UnknownDistrict
from india.gazetteer import District, find_district, search_key
from india.pin_code import normalise_pin_code
from india.states import STATES, State

# The directory's spellings of four AP/Telangana districts the gazetteer spells otherwise.
_DIRECTORY_SPELLINGS = {
    "JAGITIAL": "jagtial",
    "JANGOAN": "jangaon",
    "JAYASHANKAR BHUPALAPALLY": "jayashankar-bhupalpally",
    "VISAKHAPATANAM": "visakhapatnam",
}


@dataclass(frozen=True, slots=True)
class PinDistrict:
    """A district a PIN code serves: the gazetteer's ``id`` and Telugu name in AP and Telangana."""

    name: str
    name_te: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class PinArea:
    """The state of a PIN code and every district it serves (most serve one; a few straddle two)."""

    pin_code: str
    state: State
    districts: tuple[PinDistrict, ...]

    @property
    def district(self) -> PinDistrict | None:
        """The district, when the PIN code serves only one."""
        return self.districts[0] if len(self.districts) == 1 else None


def area_for_pin(raw: str) -> PinArea | None:
    """The state and districts of a PIN code; None for a well-formed code the directory lacks.

    Raises InvalidPinCode for anything that is not six digits without a leading 0.
    """
    pin = normalise_pin_code(raw)
    details = indian_pincode.get_details(pin)
    state = _state_named(details["state"]) if details and details["state"] else None
    if details is None or state is None:
        return None
    found = (_district(name, state) for name in details["districts"])
    return PinArea(pin, state, tuple(district for district in found if district is not None))


def _district(name: str, state: State) -> PinDistrict | None:
    """The district in ``state``; None for one the gazetteer places in the other of the two states:
    a few dozen Telangana PIN codes list an office under an Andhra Pradesh district of the same
    office name (Vizianagaram, Bapatla...), a slip of the source data."""
    try:
        district: District = find_district(_DIRECTORY_SPELLINGS.get(name, name))
    except UnknownDistrict:
        return PinDistrict(name.title())
    if district.state_code != state.code:
        return None
    return PinDistrict(district.name, district.name_te, district.id)


def _state_named(name: str) -> State | None:
    return _states_by_key().get(search_key(name.removeprefix("THE ")))


@cache
def _states_by_key() -> dict[str, State]:
    return {search_key(state.name): state for state in STATES}
