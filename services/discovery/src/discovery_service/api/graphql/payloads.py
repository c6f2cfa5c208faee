"""Mutation payloads: the result, or typed errors with a stable code (never a GraphQL error)."""

from __future__ import annotations

import strawberry

from discovery_service.api.graphql.errors import DirectoryErrorType
from discovery_service.api.graphql.types import (
    DirectoryEnquiryMessageType,
    DirectoryEnquiryType,
    DirectoryReviewType,
    OrganizerListingType,
    PublicEventListingType,
)


@strawberry.type(name="OrganizerListingPayload")
class OrganizerListingPayload:
    listing: OrganizerListingType | None = None
    errors: list[DirectoryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="SendEnquiryPayload")
class SendEnquiryPayload:
    enquiries: list[DirectoryEnquiryType] = strawberry.field(default_factory=list)
    errors: list[DirectoryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="DirectoryEnquiryPayload")
class DirectoryEnquiryPayload:
    enquiry: DirectoryEnquiryType | None = None
    errors: list[DirectoryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="EnquiryMessagePayload")
class EnquiryMessagePayload:
    message: DirectoryEnquiryMessageType | None = None
    errors: list[DirectoryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="DirectoryDonePayload")
class DirectoryDonePayload:
    done: bool = False
    errors: list[DirectoryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="DirectoryReviewPayload")
class DirectoryReviewPayload:
    review: DirectoryReviewType | None = None
    errors: list[DirectoryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="PublicEventPayload")
class PublicEventPayload:
    event: PublicEventListingType | None = None
    errors: list[DirectoryErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="PublicEventInterestPayload")
class PublicEventInterestPayload:
    interested_count: int | None = None
    errors: list[DirectoryErrorType] = strawberry.field(default_factory=list)
