"""calendar.booking.*: a booking confirmed without a quotation gets a draft one with its line items;
a rescheduled, changed or cancelled booking is reflected on its drafts and flagged on its issued
documents (never changed); damage charges at completion become a draft supplementary invoice."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import gst
import sqlalchemy as sa
from contracts import calendar as c
from servicekit.consumers.registry import Handler, HandlerRegistry
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from billing_service.adapters import tables as t
from billing_service.adapters.documents_repository import DocumentsRepository
from billing_service.domain.booking_lines import BookingLine, ItemDefault, line_of
from billing_service.domain.documents import Document, LineInput, amounts_of, checked_lines
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus
from billing_service.service_layer.dependencies import INDIA, UseCaseDependencies


def event_note(b: Any) -> str:
    starts = b.schedule.starts_at.astimezone(INDIA).strftime("%d-%m-%Y %H:%M")
    return f"{b.event_name}, {starts}, {b.venue.address}, {b.venue.district}"


async def _defaults(session: AsyncSession, organizer_id: uuid.UUID) -> dict[str, ItemDefault]:
    rows = await session.execute(
        sa.select(t.item_defaults).where(t.item_defaults.c.organizer_id == organizer_id)
    )
    return {r.description.lower(): ItemDefault(r.tax_code, r.unit, r.tax_rate) for r in rows}


def _rates(deps: UseCaseDependencies, day: date) -> dict[str, Decimal]:
    found: dict[str, Decimal] = {}
    for code in ("998596", "997319"):
        try:
            found[code] = deps.rates.rate_on(code, day).rate
        except gst.GstError:
            continue
    return found


async def _lines(session: AsyncSession, deps: UseCaseDependencies, b: Any, day: date) -> list[LineInput]:
    defaults, rates = await _defaults(session, b.organizer_id), _rates(deps, day)
    items = [BookingLine(i.kind, i.description, i.quantity, i.agreed_price_paise) for i in b.line_items]
    made = [line_of(i, defaults.get(i.description.lower()), rates) for i in items]
    return [line for line in made if line is not None]


async def client_for(session: AsyncSession, b: Any) -> uuid.UUID:
    """The organizer's client with one of the booking client's phones, or a new one from the booking."""
    found = await session.scalar(
        sa.select(t.clients.c.id)
        .where(
            t.clients.c.organizer_id == b.organizer_id,
            t.clients.c.erased_at.is_(None),
            t.clients.c.phones.overlap(list(b.client.phones)),
        )
        .limit(1)
    )
    if found is not None:
        return uuid.UUID(str(found))
    client_id = uuid.uuid4()
    await session.execute(
        sa.insert(t.clients).values(
            id=client_id,
            organizer_id=b.organizer_id,
            name=b.client.name,
            phones=list(b.client.phones),
            email=b.client.email,
            state_code=b.venue.state_code,
            created_at=sa.func.now(),
            updated_at=sa.func.now(),
        )
    )
    return client_id


def _draft(
    kind: DocumentKind, b: Any, client_id: uuid.UUID, lines: list[LineInput], day: date, note: str
) -> Document:
    checked = checked_lines(lines)
    return Document(
        id=uuid.uuid4(),
        organizer_id=b.organizer_id,
        kind=kind,
        status=DocumentStatus.DRAFT,
        client_id=client_id,
        document_date=day,
        lines=checked,
        amounts=amounts_of(checked, gst.TaxRegime.INTRA_STATE),
        version=1,
        booking_id=b.booking_id,
        event_state_code=b.venue.state_code,
        notes=note,
    )


def confirmed(deps: UseCaseDependencies) -> Handler:
    async def handle(session: AsyncSession, envelope: Envelope) -> None:
        b = c.BookingConfirmedV1.model_validate(envelope.payload)
        documents = DocumentsRepository(session)
        existing = await documents.of_booking(b.booking_id)
        if any(d.kind in (DocumentKind.QUOTATION, DocumentKind.INVOICE) for d in existing):
            return
        lines = await _lines(session, deps, b, deps.today())
        if not lines:
            return
        client = await client_for(session, b)
        await documents.add(_draft(DocumentKind.QUOTATION, b, client, lines, deps.today(), event_note(b)))

    return handle


async def flag_change(
    session: AsyncSession, document: Document, change: str, detail: str, at: datetime
) -> None:
    await session.execute(
        sa.insert(t.booking_changes).values(
            id=uuid.uuid4(),
            document_id=document.id,
            booking_id=document.booking_id,
            change=change,
            detail=detail,
            occurred_at=at,
        )
    )
    await session.execute(
        sa.update(t.documents).where(t.documents.c.id == document.id).values(booking_changed_at=at)
    )


def changed(deps: UseCaseDependencies, model: type[Any], change: str) -> Handler:
    async def handle(session: AsyncSession, envelope: Envelope) -> None:
        b = model.model_validate(envelope.payload)
        documents = DocumentsRepository(session)
        lines = await _lines(session, deps, b, deps.today()) if change == "items_changed" else []
        detail = getattr(b, "reason", None) or event_note(b)
        # Under the rows' locks: a draft being issued now is seen issued once that commits.
        for d in await documents.of_booking(b.booking_id, for_update=True):
            if (
                d.status is DocumentStatus.DRAFT
                and change == "cancelled"
                and d.kind is DocumentKind.QUOTATION
            ):
                await documents.save(d.with_status(DocumentStatus.DECLINED))
            elif d.status is DocumentStatus.DRAFT and change != "cancelled":
                new_lines = checked_lines(lines) if lines else d.lines
                await documents.save(
                    replace(
                        d,
                        lines=new_lines,
                        amounts=amounts_of(new_lines, gst.TaxRegime.INTRA_STATE),
                        notes=event_note(b),
                        version=d.version + 1,
                    )
                )
            else:
                await flag_change(session, d, change, detail, b.occurred_at)

    return handle


def completed(deps: UseCaseDependencies) -> Handler:
    async def handle(session: AsyncSession, envelope: Envelope) -> None:
        b = c.BookingCompletedV1.model_validate(envelope.payload)
        charges = [
            LineInput(
                f"Damage charge: {d.item_name} (damaged {d.damaged}, lost {d.lost})",
                "1",
                d.charge_paise,
                "18",
                "lot",
                "997319",
            )
            for d in b.damage_charges
            if d.charge_paise > 0
        ]
        if not charges:
            return
        documents = DocumentsRepository(session)
        invoiced = [
            d
            for d in await documents.of_booking(b.booking_id)
            if d.kind is DocumentKind.INVOICE and d.numbering
        ]
        client = invoiced[0].client_id if invoiced and invoiced[0].client_id else await client_for(session, b)
        note = f"Supplementary invoice: damage charges, {event_note(b)}"
        if invoiced and invoiced[0].numbering:
            note += f" (to invoice {invoiced[0].numbering.number})"
        await documents.add(_draft(DocumentKind.INVOICE, b, client, charges, deps.today(), note))

    return handle


def calendar_handlers(deps: UseCaseDependencies) -> HandlerRegistry:
    registry = HandlerRegistry()
    registry.register(c.BOOKING_CONFIRMED, 1, confirmed(deps))
    registry.register(c.BOOKING_RESCHEDULED, 1, changed(deps, c.BookingRescheduledV1, "rescheduled"))
    registry.register(c.BOOKING_ITEMS_CHANGED, 1, changed(deps, c.BookingItemsChangedV1, "items_changed"))
    registry.register(c.BOOKING_CANCELLED, 1, changed(deps, c.BookingCancelledV1, "cancelled"))
    registry.register(c.BOOKING_COMPLETED, 1, completed(deps))
    return registry
