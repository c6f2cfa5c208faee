"""Places: the built-in gazetteer and coordinates given directly."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from panchangam.bundled_data import load_table
from panchangam.errors import PanchangamError

MAX_ABS_LATITUDE = 66.0


@dataclass(frozen=True)
class Place:
    """A point on Earth with the time zone its panchangam is shown in."""

    name: str
    latitude: float
    longitude: float
    timezone: str

    @property
    def zone(self) -> ZoneInfo:
        """The place's time zone."""
        return ZoneInfo(self.timezone)


def make_place(latitude: float, longitude: float, timezone: str, name: str = "") -> Place:
    """Build a place from coordinates, rejecting latitudes where sunrise can fail to happen."""
    if not -MAX_ABS_LATITUDE <= latitude <= MAX_ABS_LATITUDE:
        raise PanchangamError(
            "latitude_out_of_range",
            f"latitude {latitude} is outside +/-{MAX_ABS_LATITUDE}: the Sun may not rise or set",
        )
    if not -180.0 <= longitude <= 180.0:
        raise PanchangamError("longitude_out_of_range", f"longitude {longitude} is not in -180..180")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise PanchangamError("unknown_timezone", f"unknown time zone {timezone!r}") from error
    label = name or f"{latitude:.4f},{longitude:.4f}"
    return Place(name=label, latitude=latitude, longitude=longitude, timezone=timezone)


@cache
def gazetteer() -> dict[str, Place]:
    """Return the built-in places keyed by their lower-case slug (e.g. ``hyderabad``)."""
    raw = load_table("places.json")
    return {
        slug: Place(slug, entry["lat"], entry["lon"], entry.get("tz", "Asia/Kolkata"))
        for slug, entry in raw.items()
    }


def find_place(name: str) -> Place:
    """Look a place up in the gazetteer by name, ignoring case, spaces and hyphens."""
    slug = name.strip().lower().replace(" ", "_").replace("-", "_")
    place = gazetteer().get(slug)
    if place is None:
        raise PanchangamError("unknown_place", f"unknown place {name!r}; try `panchangam places`")
    return place
