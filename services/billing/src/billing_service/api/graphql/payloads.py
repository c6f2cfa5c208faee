"""Mutation payloads: the result, or typed errors with a stable code (never a GraphQL error)."""

from __future__ import annotations

import strawberry
from servicekit.graphql.paise import Paise

from billing_service.api.graphql.errors import BillingErrorType
from billing_service.api.graphql.types import BillingClientType, BillingDocumentType, BillingProfileType


@strawberry.type(name="BillingDocumentPayload")
class BillingDocumentPayload:
    document: BillingDocumentType | None = None
    errors: list[BillingErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="BillingProfilePayload")
class BillingProfilePayload:
    profile: BillingProfileType | None = None
    errors: list[BillingErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="BillingClientPayload")
class BillingClientPayload:
    client: BillingClientType | None = None
    errors: list[BillingErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="RecordPaymentPayload")
class RecordPaymentPayload:
    balance_paise: Paise | None = None
    errors: list[BillingErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="DeleteBillingDraftPayload")
class DeleteBillingDraftPayload:
    deleted: bool = False
    errors: list[BillingErrorType] = strawberry.field(default_factory=list)
