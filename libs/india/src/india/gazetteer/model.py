"""What the gazetteer holds: districts and the places (towns, cities, temple towns) in them."""

from __future__ import annotations

from dataclasses import dataclass

from india.states import State, state_for_code

DEFAULT_TIMEZONE = "Asia/Kolkata"


@dataclass(frozen=True, slots=True)
class District:
    """A district: its stable id (a slug), names, GST state code and headquarters place id."""

    id: str
    name: str
    name_te: str
    state_code: str
    headquarters: str
    aliases: tuple[str, ...] = ()

    @property
    def state(self) -> State:
        """The state the district belongs to."""
        return state_for_code(self.state_code)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the district is known by: id, English, Telugu, then the aliases."""
        return (self.id, self.name, self.name_te, *self.aliases)


@dataclass(frozen=True, slots=True)
class Place:
    """A town or city: stable id (a slug), names, district id, state, coordinates and time zone."""

    id: str
    name: str
    name_te: str
    district: str
    state_code: str
    latitude: float
    longitude: float
    timezone: str = DEFAULT_TIMEZONE
    aliases: tuple[str, ...] = ()

    @property
    def state(self) -> State:
        """The state the place is in."""
        return state_for_code(self.state_code)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the place is known by: id, English, Telugu, then the aliases."""
        return (self.id, self.name, self.name_te, *self.aliases)
