"""Peak days: a marriage or gruhapravesam muhurtham day on which the organizer's bookings use most of
some item's stock. Organizers book out on those days first; the app warns ahead of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# "Most of the stock": confirmed bookings and live holds together use at least this share of it.
PEAK_SHARE = 0.8
PEAK_KINDS = ("marriage", "gruhapravesam")


@dataclass(frozen=True)
class ItemDay:
    """One stock item on one local day: its peak use by confirmed bookings and by live holds."""

    item_id: str
    name: str
    unit: str
    day: date
    usable: int
    confirmed: int
    held: int

    @property
    def free(self) -> int:
        return max(self.usable - self.confirmed, 0)

    @property
    def short(self) -> bool:
        return self.confirmed + self.held > self.usable

    @property
    def mostly_used(self) -> bool:
        return self.usable > 0 and self.confirmed + self.held >= PEAK_SHARE * self.usable


def is_muhurtham_day(muhurthams: tuple[str, ...]) -> bool:
    return any(kind in muhurthams for kind in PEAK_KINDS)


def peak_items(muhurthams: tuple[str, ...], uses: list[ItemDay]) -> list[ItemDay]:
    """The items that make a day a peak day (none unless it is a muhurtham day)."""
    if not is_muhurtham_day(muhurthams):
        return []
    return [use for use in uses if use.mostly_used]


def peak_warnings(peaks: dict[date, list[ItemDay]], today: date) -> list[ItemDay]:
    """The peak items of today and the days ahead, soonest first, the emptiest item first."""
    ahead = [use for day, uses in sorted(peaks.items()) if day >= today for use in uses]
    return sorted(ahead, key=lambda use: (use.day, use.free, use.name))
