"""The directory's fixed vocabularies: services offered, languages, contact ways, event kinds, sorts.

Services and languages travel as slugs (strings) in the graph so that an unknown one is a typed
error (UNKNOWN_SERVICE), not a GraphQL validation failure; `SERVICES` gives their names.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import get_args

from contracts.calendar import EventKindName


@dataclass(frozen=True)
class ServiceKind:
    slug: str
    name: str
    name_te: str


SERVICES: dict[str, ServiceKind] = {
    s.slug: s
    for s in (
        ServiceKind("decoration", "Decoration", "అలంకరణ"),
        ServiceKind("tent_and_shamiana", "Tent and shamiana", "టెంట్ మరియు షామియానా"),
        ServiceKind("lighting", "Lighting", "లైటింగ్"),
        ServiceKind("catering", "Catering", "క్యాటరింగ్"),
        ServiceKind("sound", "Sound and DJ", "సౌండ్ మరియు డీజే"),
        ServiceKind("photography", "Photography and video", "ఫోటోగ్రఫీ మరియు వీడియో"),
        ServiceKind("pandit", "Pandit (purohit)", "పురోహితులు"),
        ServiceKind("event_management", "Event management", "ఈవెంట్ నిర్వహణ"),
        ServiceKind("flowers", "Flowers and garlands", "పూలు మరియు దండలు"),
        ServiceKind("mehendi", "Mehendi", "మెహందీ"),
        ServiceKind("makeup", "Bridal makeup", "పెళ్లి కూతురి అలంకరణ"),
        ServiceKind("music", "Band and nadaswaram", "బ్యాండ్ మరియు సన్నాయి"),
        ServiceKind("venue", "Function hall", "ఫంక్షన్ హాల్"),
    )
}

LANGUAGES = {"te": "Telugu", "en": "English", "hi": "Hindi", "ur": "Urdu", "ta": "Tamil", "kn": "Kannada"}

EVENT_KINDS: tuple[str, ...] = get_args(EventKindName)


class ContactWay(StrEnum):
    IN_APP = "in_app"
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    EMAIL = "email"


class ListingSort(StrEnum):
    RELEVANCE = "relevance"
    RATING = "rating"
    PRICE = "price"


class EnquiryStatus(StrEnum):
    """Sent, then as the organizer's calendar booking moves; withdrawn by the user."""

    SENT = "sent"
    ENQUIRY = "enquiry"
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    HOLD_EXPIRED = "hold_expired"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"

    @property
    def closed(self) -> bool:
        return self in {EnquiryStatus.CANCELLED, EnquiryStatus.COMPLETED, EnquiryStatus.WITHDRAWN}


class EntryKind(StrEnum):
    FREE = "free"
    PAID_AT_VENUE = "paid_at_venue"
    LINK = "link"


class ReviewStatus(StrEnum):
    PUBLISHED = "published"
    HIDDEN = "hidden"
