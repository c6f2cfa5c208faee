"""Documents, their lines, payments and the counters that number them, in the database."""

from __future__ import annotations

import uuid
from typing import Any

import gst
import sqlalchemy as sa
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from billing_service.adapters import tables as t
from billing_service.domain.documents import Amounts, Document, DocumentLine, Numbering
from billing_service.domain.vocabulary import ChallanPurpose, DocumentKind, DocumentStatus

_ISSUED = DocumentStatus.ISSUED.value
# Counter and document in one round trip: the fewer statements run while the counter row is locked,
# the more issues a series takes per second (bench/billing.py).
_TAKE_NUMBER = sa.text(
    """
    WITH counter AS (
        INSERT INTO document_counters AS c (series_id, financial_year, last_sequence)
        VALUES (:series, :year, 1)
        ON CONFLICT (series_id, financial_year) DO UPDATE SET last_sequence = c.last_sequence + 1
        RETURNING last_sequence
    )
    UPDATE documents d
    SET status = 'issued', series_id = :series, financial_year = :year, sequence = counter.last_sequence,
        number = :stem || counter.last_sequence, issued_at = :issued_at, updated_at = now()
    FROM counter
    WHERE d.id = :document AND counter.last_sequence <= :last_allowed
    RETURNING d.sequence, d.number
    """
)


class DocumentsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, document: Document) -> None:
        await self.session.execute(
            sa.insert(t.documents).values({**_values(document), "created_at": sa.func.now()})
        )
        await self._write_lines(document)

    async def save(self, document: Document) -> None:
        await self.session.execute(
            sa.update(t.documents).where(t.documents.c.id == document.id).values(_values(document))
        )
        await self.session.execute(
            sa.delete(t.document_lines).where(t.document_lines.c.document_id == document.id)
        )
        await self._write_lines(document)

    async def save_header(self, document: Document) -> None:
        """The document's row only, its lines unchanged (issuing: the fewer statements run while the
        series' counter row is locked, the more issues a series takes per second)."""
        await self.session.execute(
            sa.update(t.documents).where(t.documents.c.id == document.id).values(_values(document))
        )

    async def delete_draft(self, document_id: uuid.UUID) -> None:
        await self.session.execute(
            sa.delete(t.documents).where(t.documents.c.id == document_id, t.documents.c.number.is_(None))
        )

    async def delete_unissued_of(self, organizer_id: uuid.UUID) -> None:
        """An erased organizer's drafts and quotations: never issued, so nothing the law keeps."""
        unissued = sa.select(t.documents.c.id).where(
            t.documents.c.organizer_id == organizer_id, t.documents.c.number.is_(None)
        )
        await self.session.execute(
            sa.update(t.documents).where(t.documents.c.source_id.in_(unissued)).values(source_id=None)
        )
        await self.session.execute(
            sa.delete(t.documents).where(
                t.documents.c.organizer_id == organizer_id, t.documents.c.number.is_(None)
            )
        )

    async def _write_lines(self, document: Document) -> None:
        rows = [
            {
                "document_id": document.id,
                "position": i,
                "description": line.description,
                "tax_code": line.tax_code,
                "quantity": line.quantity,
                "unit": line.unit,
                "rate_paise": line.rate_paise,
                "discount_paise": line.discount_paise,
                "tax_rate": line.tax_rate,
                "taxable_paise": gst.lines.amounts_of(line.as_gst_line()).taxable_paise,
            }
            for i, line in enumerate(document.lines)
        ]
        if rows:
            await self.session.execute(sa.insert(t.document_lines), rows)

    async def get(self, document_id: uuid.UUID, *, for_update: bool = False) -> Document | None:
        query = sa.select(t.documents).where(t.documents.c.id == document_id)
        row = (await self.session.execute(query.with_for_update() if for_update else query)).first()
        if row is None:
            return None
        lines = await self.session.execute(
            sa.select(t.document_lines)
            .where(t.document_lines.c.document_id == document_id)
            .order_by(t.document_lines.c.position)
        )
        return _document(row, [_line(r) for r in lines])

    async def page(
        self, organizer_id: uuid.UUID, kind: DocumentKind | None, *, offset: int, limit: int
    ) -> list[Document]:
        query = sa.select(t.documents.c.id).where(t.documents.c.organizer_id == organizer_id)
        if kind is not None:
            query = query.where(t.documents.c.kind == kind.value)
        query = query.order_by(t.documents.c.created_at.desc(), t.documents.c.id).offset(offset).limit(limit)
        ids = list((await self.session.scalars(query)).all())
        return [d for d in [await self.get(i) for i in ids] if d is not None]

    async def of_booking(self, booking_id: uuid.UUID, *, for_update: bool = False) -> list[Document]:
        """The booking's documents; ``for_update`` locks their rows first (in id order), so one being
        issued at this moment is read issued once that commits, never written back as a draft. The
        lock is FOR NO KEY UPDATE: issuing an invoice made from a quotation takes a key-share lock on
        the quotation (the source_id reference), which FOR UPDATE would deadlock with."""
        query = (
            sa.select(t.documents.c.id)
            .where(t.documents.c.booking_id == booking_id)
            .order_by(t.documents.c.id)
        )
        if for_update:
            query = query.with_for_update(key_share=True)
        ids = (await self.session.scalars(query)).all()
        return [d for d in [await self.get(i) for i in ids] if d is not None]

    async def of_order(self, order_id: uuid.UUID) -> Document | None:
        found = await self.session.scalar(
            sa.select(t.documents.c.id).where(t.documents.c.order_id == order_id)
        )
        return await self.get(found) if found is not None else None

    async def take_number(
        self, document_id: uuid.UUID, numbering: Numbering, stem: str, last_allowed: int
    ) -> tuple[int, str] | None:
        """Give the document (its header saved, still a draft) the next number of its series in its
        year and make it issued, in one statement: the upsert adds one to the counter row and holds
        that row's lock until this transaction ends, so a rival issue waits here and then reads the
        new value (numbers never repeat), and a rolled-back issue takes its increment back (they never
        skip; decision 0023). The sequence and number; None past ``last_allowed`` (nothing numbered:
        the caller rolls back)."""
        row = await self.session.execute(
            _TAKE_NUMBER,
            {
                "series": numbering.series_id,
                "year": numbering.financial_year,
                "document": document_id,
                "stem": stem,
                "last_allowed": last_allowed,
                "issued_at": numbering.issued_at,
            },
        )
        numbered = row.first()
        return (int(numbered.sequence), str(numbered.number)) if numbered else None

    async def add_payment(self, values: dict[str, Any]) -> None:
        await self.session.execute(sa.insert(t.payments).values(values))

    async def paid_paise(self, document_id: uuid.UUID) -> int:
        total = await self.session.scalar(
            sa.select(sa.func.coalesce(sa.func.sum(t.payments.c.amount_paise), 0)).where(
                t.payments.c.document_id == document_id
            )
        )
        return int(total or 0)

    async def advance_used_paise(self, advance_id: uuid.UUID) -> int:
        """What of an advance has been adjusted against invoices or refunded."""
        adjusted = await self.session.scalar(
            sa.select(sa.func.coalesce(sa.func.sum(t.payments.c.amount_paise), 0)).where(
                t.payments.c.advance_id == advance_id
            )
        )
        return int(adjusted or 0) + await self.notes_paise(advance_id, DocumentKind.REFUND_VOUCHER)

    async def notes_paise(self, source_id: uuid.UUID, kind: DocumentKind) -> int:
        d = t.documents.c
        total = await self.session.scalar(
            sa.select(sa.func.coalesce(sa.func.sum(d.total_paise), 0)).where(
                d.source_id == source_id, d.kind == kind.value, d.status == _ISSUED
            )
        )
        return int(total or 0)

    async def balance_paise(self, invoice: Document) -> int:
        """Total, plus debit notes, less credit notes and payments."""
        debit = await self.notes_paise(invoice.id, DocumentKind.DEBIT_NOTE)
        credit = await self.notes_paise(invoice.id, DocumentKind.CREDIT_NOTE)
        return invoice.amounts.total_paise + debit - credit - await self.paid_paise(invoice.id)

    async def payments_of(self, document_id: uuid.UUID) -> list[Row[Any]]:
        rows = await self.session.execute(
            sa.select(t.payments)
            .where(t.payments.c.document_id == document_id)
            .order_by(t.payments.c.created_at)
        )
        return list(rows)


def _values(d: Document) -> dict[str, Any]:
    n = d.numbering
    return {
        "id": d.id,
        "organizer_id": d.organizer_id,
        "kind": d.kind.value,
        "status": d.status.value,
        "client_id": d.client_id,
        "booking_id": d.booking_id,
        "source_id": d.source_id,
        "document_date": d.document_date,
        "event_state_code": d.event_state_code,
        "notes": d.notes,
        "series_id": n.series_id if n else None,
        "financial_year": n.financial_year if n else None,
        "sequence": n.sequence if n else None,
        "number": n.number if n else None,
        "issued_at": n.issued_at if n else None,
        "supplier": d.supplier,
        "recipient": d.recipient,
        "place_of_supply": d.place_of_supply,
        "regime": d.regime.value if d.regime else None,
        "title": d.title,
        "taxable_paise": d.amounts.taxable_paise,
        "cgst_paise": d.amounts.cgst_paise,
        "sgst_paise": d.amounts.sgst_paise,
        "igst_paise": d.amounts.igst_paise,
        "total_paise": d.amounts.total_paise,
        "booking_changed_at": d.booking_changed_at,
        "cancelled_at": d.cancelled_at,
        "cancellation_reason": d.cancellation_reason,
        "purpose": d.purpose.value if d.purpose else None,
        "delivery": d.delivery,
        "order_id": d.order_id,
        "version": d.version,
        "updated_at": sa.func.now(),
    }


def _line(r: Row[Any]) -> DocumentLine:
    return DocumentLine(
        r.description, r.tax_code, r.quantity, r.unit, r.rate_paise, r.discount_paise, r.tax_rate
    )


def _document(r: Row[Any], lines: list[DocumentLine]) -> Document:
    numbering = (
        Numbering(r.series_id, r.financial_year, r.sequence, r.number, r.issued_at) if r.number else None
    )
    return Document(
        id=r.id,
        organizer_id=r.organizer_id,
        kind=DocumentKind(r.kind),
        status=DocumentStatus(r.status),
        client_id=r.client_id,
        document_date=r.document_date,
        lines=lines,
        amounts=Amounts(r.taxable_paise, r.cgst_paise, r.sgst_paise, r.igst_paise),
        version=r.version,
        booking_id=r.booking_id,
        source_id=r.source_id,
        event_state_code=r.event_state_code,
        notes=r.notes,
        numbering=numbering,
        supplier=r.supplier,
        recipient=r.recipient,
        place_of_supply=r.place_of_supply,
        regime=gst.TaxRegime(r.regime) if r.regime else None,
        title=r.title,
        booking_changed_at=r.booking_changed_at,
        cancelled_at=r.cancelled_at,
        cancellation_reason=r.cancellation_reason,
        purpose=ChallanPurpose(r.purpose) if r.purpose else None,
        delivery=r.delivery,
        order_id=r.order_id,
    )
