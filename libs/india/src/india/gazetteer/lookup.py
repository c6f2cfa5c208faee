"""Finding a place or a district by any of its names, and places by prefix for pickers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from india.errors import UnknownDistrict, UnknownPlace
from india.gazetteer.data import load
from india.gazetteer.model import District, Place
from india.gazetteer.search_keys import search_key, word_keys

_Named = TypeVar("_Named", Place, District)


def places() -> tuple[Place, ...]:
    """Every place of the gazetteer, district by district."""
    return load()[1]


def districts() -> tuple[District, ...]:
    """Every district of Andhra Pradesh and Telangana."""
    return load()[0]


def find_place(name: str) -> Place:
    """The place with this id, English name, Telugu name or alias, ignoring case and spacing.

    Raises UnknownPlace when no place has that name.
    """
    place = _places_by_key().get(search_key(name))
    if place is None:
        raise UnknownPlace(f"{name.strip()!r} is not a place we know in Andhra Pradesh or Telangana.")
    return place


def find_district(name: str) -> District:
    """The district with this id, English name, Telugu name or alias, ignoring case and spacing.

    Raises UnknownDistrict when no district has that name.
    """
    district = _districts_by_key().get(search_key(name))
    if district is None:
        raise UnknownDistrict(f"{name.strip()!r} is not a district of Andhra Pradesh or Telangana.")
    return district


def search_places(prefix: str, *, limit: int = 10) -> list[Place]:
    """Places whose English or Telugu name, alias, or a later word of one, starts with ``prefix``.

    Best first: exact names, then exact aliases, then names, aliases and later words that start
    with the prefix; within each, district headquarters first, then by English name.
    """
    key = search_key(prefix)
    if not key or limit < 1:
        return []
    found = [(rank, entry) for entry in _search_entries() if (rank := entry.rank(key)) is not None]
    found.sort(key=lambda item: (item[0], not item[1].is_headquarters, item[1].place.name))
    return [entry.place for _, entry in found[:limit]]


@dataclass(frozen=True, slots=True)
class _SearchEntry:
    place: Place
    is_headquarters: bool
    name_keys: tuple[str, ...]
    alias_keys: tuple[str, ...]
    later_word_keys: tuple[str, ...]

    def rank(self, key: str) -> int | None:
        checks = (
            key in self.name_keys,
            key in self.alias_keys,
            any(name.startswith(key) for name in self.name_keys),
            any(alias.startswith(key) for alias in self.alias_keys),
            any(word.startswith(key) for word in self.later_word_keys),
        )
        return next((rank for rank, matched in enumerate(checks) if matched), None)


@cache
def _search_entries() -> tuple[_SearchEntry, ...]:
    headquarters = {district.headquarters for district in districts()}
    return tuple(
        _SearchEntry(
            place=place,
            is_headquarters=place.id in headquarters,
            name_keys=(search_key(place.id), search_key(place.name), search_key(place.name_te)),
            alias_keys=tuple(search_key(alias) for alias in place.aliases),
            later_word_keys=tuple(key for name in place.names for key in word_keys(name)[1:]),
        )
        for place in places()
    )


@cache
def _places_by_key() -> dict[str, Place]:
    return _by_key(places(), "place")


@cache
def _districts_by_key() -> dict[str, District]:
    return _by_key(districts(), "district")


def _by_key(entries: tuple[_Named, ...], kind: str) -> dict[str, _Named]:
    by_key: dict[str, _Named] = {}
    for entry in entries:
        for name in entry.names:
            holder = by_key.setdefault(search_key(name), entry)
            # A name shared by two entries could only be answered by guessing: the data is wrong.
            if holder is not entry:
                raise ValueError(f"the {kind} name {name!r} belongs to both {holder.id} and {entry.id}")
    return by_key
