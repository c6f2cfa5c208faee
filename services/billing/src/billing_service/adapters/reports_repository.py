"""What the reports read: balances of issued invoices, payments by day and mode, and a period's issued
documents with their lines for the GSTR-1 sections. Each is one or two statements, whatever the count
of documents (the GST summary of 10,000 invoices is measured in bench/billing.py)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from billing_service.adapters import tables as t

# An issued invoice's balance on a day: its total, plus debit notes, less credit notes and payments,
# each counted when dated on or before that day.
_BALANCES = sa.text(
    """
    SELECT d.id, d.client_id, d.document_date, d.number,
           coalesce(c.name, d.recipient->>'name', '') AS client_name,
           d.total_paise
           + coalesce((SELECT sum(n.total_paise) FROM documents n
                       WHERE n.source_id = d.id AND n.kind = 'debit_note' AND n.status = 'issued'
                         AND n.document_date <= :as_of), 0)
           - coalesce((SELECT sum(n.total_paise) FROM documents n
                       WHERE n.source_id = d.id AND n.kind = 'credit_note' AND n.status = 'issued'
                         AND n.document_date <= :as_of), 0)
           - coalesce((SELECT sum(p.amount_paise) FROM payments p
                       WHERE p.document_id = d.id AND p.received_on <= :as_of), 0) AS balance_paise
    FROM documents d LEFT JOIN clients c ON c.id = d.client_id
    WHERE d.organizer_id = :organizer AND d.kind = 'invoice' AND d.status = 'issued'
      AND d.document_date BETWEEN :starts AND :ends
    """
)

_COLLECTIONS = sa.text(
    """
    SELECT p.received_on AS day, p.mode, sum(p.amount_paise) AS amount_paise, count(*) AS payments
    FROM payments p
    WHERE p.organizer_id = :organizer AND p.mode <> 'advance'
      AND p.received_on BETWEEN :starts AND :ends
    GROUP BY p.received_on, p.mode
    ORDER BY p.received_on, p.mode
    """
)

_NUMBERED = ("invoice", "credit_note", "debit_note", "receipt_voucher", "refund_voucher")

# Advances adjusted against invoices in the period, with the voucher's place, rate and tax share.
_ADJUSTED = sa.text(
    """
    SELECT p.amount_paise, v.place_of_supply, v.regime, v.taxable_paise, v.total_paise, l.tax_rate
    FROM payments p
    JOIN documents v ON v.id = p.advance_id
    JOIN document_lines l ON l.document_id = v.id AND l.position = 0
    WHERE p.organizer_id = :organizer AND p.mode = 'advance'
      AND p.received_on BETWEEN :starts AND :ends
    """
)


class ReportsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def invoice_balances(
        self, organizer_id: uuid.UUID, starts: date, ends: date, as_of: date
    ) -> list[Row[Any]]:
        """Issued invoices dated from ``starts`` to ``ends`` with their balance on ``as_of``."""
        params = {"organizer": organizer_id, "starts": starts, "ends": ends, "as_of": as_of}
        return list(await self.session.execute(_BALANCES, params))

    async def collections(self, organizer_id: uuid.UUID, starts: date, ends: date) -> list[Row[Any]]:
        """Money received per day and mode (advances adjusted against invoices are not new money)."""
        params = {"organizer": organizer_id, "starts": starts, "ends": ends}
        return list(await self.session.execute(_COLLECTIONS, params))

    async def numbered_documents(self, organizer_id: uuid.UUID, starts: date, ends: date) -> list[Row[Any]]:
        """Issued and cancelled documents dated in the period, in series and number order."""
        d = t.documents.c
        query = (
            sa.select(*_COLUMNS)
            .where(
                d.organizer_id == organizer_id,
                d.kind.in_(_NUMBERED),
                d.number.is_not(None),
                d.document_date.between(starts, ends),
            )
            .order_by(d.series_id, d.sequence)
        )
        return list(await self.session.execute(query))

    async def documents_by_id(self, ids: list[uuid.UUID]) -> list[Row[Any]]:
        if not ids:
            return []
        return list(await self.session.execute(sa.select(*_COLUMNS).where(t.documents.c.id.in_(ids))))

    async def lines_of(self, ids: list[uuid.UUID]) -> list[Row[Any]]:
        if not ids:
            return []
        query = sa.text(
            "SELECT document_id, position, tax_code, description, unit, quantity, tax_rate, taxable_paise "
            "FROM document_lines WHERE document_id = ANY(:ids) ORDER BY document_id, position"
        )
        return list(await self.session.execute(query, {"ids": ids}))

    async def advances_adjusted(self, organizer_id: uuid.UUID, starts: date, ends: date) -> list[Row[Any]]:
        params = {"organizer": organizer_id, "starts": starts, "ends": ends}
        return list(await self.session.execute(_ADJUSTED, params))


d = t.documents.c
_COLUMNS = [
    *(d.id, d.kind, d.status, d.number, d.series_id, d.sequence, d.document_date, d.source_id),
    *(d.recipient, d.place_of_supply, d.regime, d.total_paise),
]
