"""An organizer's public profile in the directory."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from textsearch import search_key

from discovery_service.domain.vocabulary import SERVICES


@dataclass(frozen=True)
class ServiceOffer:
    service: str
    min_paise: int
    max_paise: int


@dataclass(frozen=True)
class Listing:
    organizer_id: uuid.UUID
    display_name: str
    display_name_te: str | None
    about: str | None
    services: tuple[ServiceOffer, ...]
    district_ids: tuple[str, ...]
    languages: tuple[str, ...]
    contact_ways: tuple[str, ...]
    contact_phone: str | None
    contact_email: str | None
    published: bool
    created_at: datetime
    updated_at: datetime
    deactivated: bool = False
    rating_sum: int = 0
    rating_count: int = 0

    @property
    def visible(self) -> bool:
        return self.published and not self.deactivated

    @property
    def rating(self) -> float | None:
        return round(self.rating_sum / self.rating_count, 2) if self.rating_count else None

    @property
    def min_price_paise(self) -> int:
        return min((s.min_paise for s in self.services), default=0)

    @property
    def search_key(self) -> str:
        """What text search matches: both names, the about, and the offered services' names in both
        languages (so "షామియానా" finds a tent-house whose own texts are English)."""
        names = [t for s in self.services for t in (SERVICES[s.service].name, SERVICES[s.service].name_te)]
        return search_key(self.display_name, self.display_name_te, *names, self.about)
