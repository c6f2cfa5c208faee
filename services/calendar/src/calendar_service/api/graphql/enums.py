"""GraphQL enums; their values are the domain's, so mapping is `Domain(value)`."""

from __future__ import annotations

from enum import Enum

import strawberry

from calendar_service.domain.activity import ActivityAction
from calendar_service.domain.vocabulary import BookingStatus, CapacityUnit, EventKind, LineItemKind, Nakshatra

# Registered on the domain enums themselves, so types are annotated with the domain's.
strawberry.enum(EventKind, name="EventKind", description="What is being celebrated.")
strawberry.enum(
    BookingStatus,
    name="BookingStatus",
    description="enquiry -> tentative (held until holdExpiresAt; HOLD_EXPIRED once it passed) -> confirmed "
    "-> completed, or cancelled from any open state.",
)
strawberry.enum(LineItemKind, name="LineItemKind")
strawberry.enum(
    CapacityUnit, name="CapacityUnit", description="What a business without item stock counts per day."
)
strawberry.enum(Nakshatra, name="Nakshatra", description="The 27 birth stars, in order.")
strawberry.enum(ActivityAction, name="ActivityAction")


__all__ = [
    "ActivityAction",
    "BookingStatus",
    "CapacityUnit",
    "EventKind",
    "LanguageType",
    "LineItemKind",
    "Nakshatra",
]


@strawberry.enum(name="Language")
class LanguageType(Enum):
    TE = "te"
    EN = "en"
