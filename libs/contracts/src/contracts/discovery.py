"""Events the discovery service publishes: about enquiries on topic `discovery.enquiry.v1` (key: the
enquiry id), about reviews on `discovery.review.v1` (key: the review id).

An enquiry goes to one organizer (a user writing to five sends five enquiries sharing a `batch_id`).
`discovery.enquiry.created` carries what the organizer's calendar needs to record it as a booking in
status enquiry (`source_enquiry_id`): the kind, the preferred days, the venue's district and PIN code,
guests, budget, the message and the contact the user chose to give for this enquiry.
"""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from contracts.calendar import EventKindName

ENQUIRY_CREATED = "discovery.enquiry.created"
ENQUIRY_WITHDRAWN = "discovery.enquiry.withdrawn"
REVIEW_PUBLISHED = "discovery.review.published"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EnquiryVenueV1(_Frozen):
    district_id: str
    district: str
    state_code: str = Field(pattern=r"^[0-9]{2}$")
    pin_code: str = Field(pattern=r"^[1-9][0-9]{5}$")


class EnquiryContactV1(_Frozen):
    name: str
    phone: str


class EnquiryCreatedV1(_Frozen):
    """A signed-in user asked an organizer about an event."""

    enquiry_id: UUID
    batch_id: UUID
    organizer_id: UUID
    user_id: UUID
    occurred_at: datetime
    kind: EventKindName
    preferred_dates: list[date] = Field(min_length=1, max_length=5)
    venue: EnquiryVenueV1
    guest_count: int | None
    budget_min_paise: int | None
    budget_max_paise: int | None
    message: str
    contact: EnquiryContactV1


class EnquiryWithdrawnV1(_Frozen):
    """The user withdrew the enquiry (the organizer's booking may be cancelled)."""

    enquiry_id: UUID
    organizer_id: UUID
    user_id: UUID
    occurred_at: datetime
    booking_id: UUID | None


class ReviewPublishedV1(_Frozen):
    """A verified review (its enquiry became a completed booking) is shown in the directory."""

    review_id: UUID
    organizer_id: UUID
    enquiry_id: UUID
    booking_id: UUID | None
    occurred_at: datetime
    rating: int = Field(ge=1, le=5)
    body: str | None
