"""Reading the bundled ``gazetteer.json`` into districts and places (once per process)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from india.gazetteer.model import District, Place

# Read beside the module rather than through importlib.resources: the package is installed as
# plain files, and a cold CLI start should not pay for importlib.resources' imports.
_DATA_FILE = Path(__file__).parent / "gazetteer.json"


@cache
def load() -> tuple[tuple[District, ...], tuple[Place, ...]]:
    """The districts and places of the bundled file, in file order."""
    raw = json.loads(_DATA_FILE.read_text(encoding="utf-8"))
    districts = tuple(_district(entry) for entry in raw["districts"])
    state_of = {district.id: district.state_code for district in districts}
    places = tuple(_place(entry, state_of, raw["timezone"]) for entry in raw["places"])
    return districts, places


def _district(entry: dict[str, Any]) -> District:
    return District(
        id=entry["id"],
        name=entry["name"],
        name_te=entry["name_te"],
        state_code=entry["state"],
        headquarters=entry["headquarters"],
        aliases=tuple(entry["aliases"]),
    )


def _place(entry: dict[str, Any], state_of: dict[str, str], timezone: str) -> Place:
    return Place(
        id=entry["id"],
        name=entry["name"],
        name_te=entry["name_te"],
        district=entry["district"],
        state_code=state_of[entry["district"]],
        latitude=float(entry["lat"]),
        longitude=float(entry["lon"]),
        timezone=entry.get("tz", timezone),
        aliases=tuple(entry["aliases"]),
    )
