"""Queries of the billing graph: documents, clients, the billing profile."""

from __future__ import annotations

import strawberry
from servicekit.graphql import described

from billing_service.api.graphql.context import (
    BillingInfo,
    as_uuid,
    caller_of,
    organizer_of,
    required_uuid,
    services_of,
)
from billing_service.api.graphql.errors import as_graphql_error
from billing_service.api.graphql.types import (
    BillingClientType,
    BillingDocumentType,
    BillingItemDefaultType,
    BillingProfileType,
)
from billing_service.domain.vocabulary import DocumentKind
from billing_service.service_layer import reads


@strawberry.type(name="Query")
class BillingQueries:
    @described.field("One of your billing documents (quotation, invoice, voucher, note).")
    async def billing_document(self, info: BillingInfo, id: strawberry.ID) -> BillingDocumentType:
        async def run() -> BillingDocumentType:
            deps = services_of(info).deps
            return BillingDocumentType.of(
                await reads.document(deps, caller_of(info), required_uuid(id, "id"))
            )

        return await as_graphql_error(run())

    @described.field("Your billing documents, newest first; at most 100 at a time.")
    async def billing_documents(
        self,
        info: BillingInfo,
        kind: DocumentKind | None = None,
        first: int = 20,
        offset: int = 0,
        organizer_id: strawberry.ID | None = None,
    ) -> list[BillingDocumentType]:
        async def run() -> list[BillingDocumentType]:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            views = await reads.documents(
                services_of(info).deps, caller_of(info), organizer, kind, first=first, offset=offset
            )
            return [BillingDocumentType.of(v) for v in views]

        return await as_graphql_error(run())

    @described.field("Your clients by name; at most 100 at a time.")
    async def billing_clients(
        self, info: BillingInfo, first: int = 20, offset: int = 0, organizer_id: strawberry.ID | None = None
    ) -> list[BillingClientType]:
        async def run() -> list[BillingClientType]:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            rows = await reads.clients(
                services_of(info).deps, caller_of(info), organizer, first=first, offset=offset
            )
            return [BillingClientType.of(r) for r in rows]

        return await as_graphql_error(run())

    @described.field("What you last billed each item at (code, unit, rate), by description; at most 100.")
    async def billing_item_defaults(
        self, info: BillingInfo, first: int = 20, offset: int = 0, organizer_id: strawberry.ID | None = None
    ) -> list[BillingItemDefaultType]:
        async def run() -> list[BillingItemDefaultType]:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            rows = await reads.item_defaults(
                services_of(info).deps, caller_of(info), organizer, first=first, offset=offset
            )
            return [BillingItemDefaultType.of(r) for r in rows]

        return await as_graphql_error(run())

    @described.field("Your billing profile: facts from your profile and billing's settings.")
    async def billing_profile(
        self, info: BillingInfo, organizer_id: strawberry.ID | None = None
    ) -> BillingProfileType:
        async def run() -> BillingProfileType:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            return BillingProfileType.of(
                await reads.profile(services_of(info).deps, caller_of(info), organizer)
            )

        return await as_graphql_error(run())
