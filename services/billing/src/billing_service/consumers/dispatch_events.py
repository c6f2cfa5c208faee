"""calendar.booking.dispatched: the goods on the dispatch sheet get a draft delivery challan (Rule 55).

Recorded again before the challan is issued, the sheet replaces the draft's lines; after, the issued
challan is flagged (never changed) and a new draft is made for the goods as they now travel."""

from __future__ import annotations

import uuid
from dataclasses import replace

import gst
import sqlalchemy as sa
from contracts import calendar as c
from servicekit.consumers.registry import Handler, HandlerRegistry
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from billing_service.adapters import tables as t
from billing_service.adapters.documents_repository import DocumentsRepository
from billing_service.consumers.calendar_events import client_for, event_note, flag_change
from billing_service.domain.challans import ChallanLines, KnownItem, LoadedItem, challan_lines
from billing_service.domain.documents import Document, amounts_of, checked_lines
from billing_service.domain.vocabulary import ChallanPurpose, DocumentKind, DocumentStatus
from billing_service.service_layer.dependencies import UseCaseDependencies


async def _known(session: AsyncSession, organizer_id: uuid.UUID) -> dict[str, KnownItem]:
    rows = await session.execute(
        sa.select(t.item_defaults).where(t.item_defaults.c.organizer_id == organizer_id)
    )
    return {r.description.lower(): KnownItem(r.tax_code, r.unit, r.rate_paise, r.tax_rate) for r in rows}


def _agreed_each(b: c.BookingDispatchedV1) -> dict[uuid.UUID, int]:
    return {
        i.stock_item_id: i.agreed_price_paise // i.quantity
        for i in b.line_items
        if i.stock_item_id is not None and i.agreed_price_paise >= i.quantity
    }


def _delivery(b: c.BookingDispatchedV1, made: ChallanLines) -> dict[str, object]:
    sheet = b.dispatch
    return {
        "address": b.venue.address,
        "district": b.venue.district,
        "state_code": b.venue.state_code,
        "pin_code": b.venue.pin_code,
        "vehicle": sheet.vehicle,
        "loaded_by": sheet.loaded_by,
        "dispatched_at": sheet.dispatched_at.isoformat(),
        "values_to_confirm": made.to_confirm,
    }


def _challan(
    b: c.BookingDispatchedV1, client_id: uuid.UUID, made: ChallanLines, deps: UseCaseDependencies
) -> Document:
    lines = checked_lines(made.lines)
    return Document(
        id=uuid.uuid4(),
        organizer_id=b.organizer_id,
        kind=DocumentKind.DELIVERY_CHALLAN,
        status=DocumentStatus.DRAFT,
        client_id=client_id,
        document_date=deps.today(),
        lines=lines,
        amounts=amounts_of(lines, gst.TaxRegime.NONE),
        version=1,
        booking_id=b.booking_id,
        event_state_code=b.venue.state_code,
        notes=event_note(b),
        purpose=ChallanPurpose.OTHER,
        delivery=_delivery(b, made),
    )


def dispatched(deps: UseCaseDependencies) -> Handler:
    async def handle(session: AsyncSession, envelope: Envelope) -> None:
        b = c.BookingDispatchedV1.model_validate(envelope.payload)
        documents = DocumentsRepository(session)
        made = challan_lines(
            [
                LoadedItem(i.stock_item_id, i.name, i.unit, i.quantity, i.daily_rent_paise)
                for i in b.dispatch.lines
            ],
            await _known(session, b.organizer_id),
            _agreed_each(b),
        )
        # Under the rows' locks: an organizer issuing the draft now is seen issued once they commit.
        challans = [
            d
            for d in await documents.of_booking(b.booking_id, for_update=True)
            if d.kind is DocumentKind.DELIVERY_CHALLAN
        ]
        draft = next((d for d in challans if d.is_draft), None)
        for issued in (d for d in challans if d.status is DocumentStatus.ISSUED):
            await flag_change(
                session, issued, "dispatched", "The dispatch sheet was recorded again.", b.occurred_at
            )
        if draft is None:
            await documents.add(_challan(b, await client_for(session, b), made, deps))
            return
        fresh = _challan(b, draft.client_id or await client_for(session, b), made, deps)
        await documents.save(replace(fresh, id=draft.id, version=draft.version + 1))

    return handle


def dispatch_handlers(deps: UseCaseDependencies) -> HandlerRegistry:
    registry = HandlerRegistry()
    registry.register(c.BOOKING_DISPATCHED, 1, dispatched(deps))
    return registry
