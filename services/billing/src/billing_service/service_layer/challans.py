"""Issuing a delivery challan (CGST Rule 55): numbered in its own series (DC) per financial year from
the series' counter row, like every numbered document (decision 0023), with the consignor and
consignee as printed and the place the goods go. No tax: rented goods are not supplied (decision 0045)."""

from __future__ import annotations

import uuid
from dataclasses import replace

import gst
from servicekit.auth import Caller

from billing_service.domain.challans import require_issuable
from billing_service.domain.documents import Document
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.domain.vocabulary import ChallanPurpose, DocumentKind, DocumentStatus
from billing_service.service_layer.authorization import Operation
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.drafts import owned
from billing_service.service_layer.issuing import issue_in
from billing_service.service_layer.unit_of_work import BillingUnitOfWork

CHALLAN_TITLE = "Delivery Challan"


async def _place_of_supply(uow: BillingUnitOfWork, challan: Document) -> str:
    """Where the goods go: the event's state (the delivery address), else the consignee's."""
    place = challan.event_state_code
    if place is None and challan.client_id is not None:
        client = await uow.profiles.client(challan.client_id)
        place = client.state_code if client else None
    if not place:
        raise BillingError(
            BillingErrorCode.INVALID_STATE, "Give the state the goods are sent to.", "eventStateCode"
        )
    return str(place)


async def issue_challan(
    deps: UseCaseDependencies,
    caller: Caller,
    document_id: uuid.UUID,
    purpose: ChallanPurpose | None = None,
    series_id: uuid.UUID | None = None,
) -> Document:
    """Issue a draft challan; ``purpose`` (job work, supply on approval, other) replaces the draft's."""
    async with deps.unit_of_work() as uow:
        draft = await owned(uow, caller, document_id, Operation.ISSUE_DOCUMENTS, for_update=True)
        draft.require_draft()
        draft.require(DocumentKind.DELIVERY_CHALLAN, DocumentStatus.DRAFT)
        require_issuable(draft)
        draft = replace(draft, purpose=purpose or draft.purpose or ChallanPurpose.OTHER)
        issued = await issue_in(
            uow,
            deps,
            draft,
            series_id,
            regime=(await _place_of_supply(uow, draft), gst.TaxRegime.NONE),
            title=CHALLAN_TITLE,
        )
        await uow.commit()
    return issued
