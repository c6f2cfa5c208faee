"""Mutations of delivery challans (CGST Rule 55): issuing a draft made from the dispatch sheet."""

from __future__ import annotations

import strawberry
from servicekit.graphql import described

from billing_service.api.graphql.context import BillingInfo, as_uuid, caller_of, required_uuid, services_of
from billing_service.api.graphql.mutations import document_payload
from billing_service.api.graphql.payloads import BillingDocumentPayload
from billing_service.domain.documents import Document
from billing_service.domain.vocabulary import ChallanPurpose
from billing_service.service_layer import challans


@strawberry.type(name="Mutation")
class BillingChallanMutations:
    @described.mutation(
        "Issue a draft delivery challan: numbered in its own series, for goods sent other than by way "
        "of supply (rented goods: OTHER, the default)."
    )
    async def issue_delivery_challan(
        self,
        info: BillingInfo,
        id: strawberry.ID,
        purpose: ChallanPurpose | None = None,
        series_id: strawberry.ID | None = None,
    ) -> BillingDocumentPayload:
        async def run() -> Document:
            deps, caller = services_of(info).deps, caller_of(info)
            return await challans.issue_challan(
                deps, caller, required_uuid(id, "id"), purpose, as_uuid(series_id, "seriesId")
            )

        return await document_payload(info, run())
