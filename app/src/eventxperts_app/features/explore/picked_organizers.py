"""The organizers a user picks from the search results for one enquiry (pure): at most five, the
service's limit, kept in the order picked."""

from __future__ import annotations

from eventxperts_app.features.explore.models import Listing

MOST_PICKED = 5


class PickedOrganizers:
    def __init__(self) -> None:
        self._picked: dict[str, Listing] = {}

    def __len__(self) -> int:
        return len(self._picked)

    def __contains__(self, organizer_id: object) -> bool:
        return organizer_id in self._picked

    @property
    def listings(self) -> tuple[Listing, ...]:
        return tuple(self._picked.values())

    @property
    def full(self) -> bool:
        return len(self._picked) >= MOST_PICKED

    def pick(self, listing: Listing) -> bool:
        """Adds `listing`; False (and nothing changes) when five are picked already."""
        if listing.organizer_id in self._picked:
            return True
        if self.full:
            return False
        self._picked[listing.organizer_id] = listing
        return True

    def drop(self, organizer_id: str) -> None:
        self._picked.pop(organizer_id, None)

    def clear(self) -> None:
        self._picked.clear()
