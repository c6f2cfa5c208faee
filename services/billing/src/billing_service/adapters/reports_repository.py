"""What the reports read: balances of issued invoices, payments by day and mode, and a period's issued
documents with their lines for the GSTR-1 sections. Each is one or two statements, whatever the count
of documents (the GST summary of 10,000 invoices is measured in bench/billing.py). Results are
fetched whole (`.all()`): iterating an async result fetches row by row, several times slower."""

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

# Summed in the database: a year's lines are many, its codes and rates few. Credit notes count negative.
_HSN = sa.text(
    """
    SELECT coalesce(d.recipient->>'gstin', '') <> '' AS registered, coalesce(l.tax_code, '') AS code,
           min(l.description) AS description, min(l.unit) AS unit, l.tax_rate,
           sum(CASE WHEN d.kind = 'credit_note' THEN -l.quantity ELSE l.quantity END) AS quantity,
           sum(CASE WHEN d.regime = 'intra_state'
                    THEN (CASE WHEN d.kind = 'credit_note' THEN -1 ELSE 1 END) * l.taxable_paise
                    ELSE 0 END) AS intra_paise,
           sum(CASE WHEN d.regime = 'inter_state'
                    THEN (CASE WHEN d.kind = 'credit_note' THEN -1 ELSE 1 END) * l.taxable_paise
                    ELSE 0 END) AS inter_paise
    FROM documents d JOIN document_lines l ON l.document_id = d.id
    WHERE d.organizer_id = :organizer AND d.status = 'issued'
      AND d.kind IN ('invoice', 'credit_note', 'debit_note') AND d.regime IN ('intra_state', 'inter_state')
      AND d.document_date BETWEEN :starts AND :ends
    GROUP BY 1, 2, l.tax_rate
    """
)

# Issued invoices and notes per month of their date: a credit note takes its figures off, a debit note
# adds them. Receipt vouchers are advances, not sales: their invoice counts when issued.
_SALES = sa.text(
    """
    SELECT date_trunc('month', d.document_date)::date AS month,
           count(*) FILTER (WHERE d.kind = 'invoice') AS invoices,
           sum(s.sign * d.taxable_paise) AS taxable_paise, sum(s.sign * d.cgst_paise) AS cgst_paise,
           sum(s.sign * d.sgst_paise) AS sgst_paise, sum(s.sign * d.igst_paise) AS igst_paise,
           sum(s.sign * d.total_paise) AS total_paise
    FROM documents d
    CROSS JOIN LATERAL (SELECT CASE WHEN d.kind = 'credit_note' THEN -1 ELSE 1 END AS sign) s
    WHERE d.organizer_id = :organizer AND d.status = 'issued'
      AND d.kind IN ('invoice', 'credit_note', 'debit_note')
      AND d.document_date BETWEEN :starts AND :ends
    GROUP BY 1
    ORDER BY 1
    """
)

_NUMBERED = ("invoice", "credit_note", "debit_note", "receipt_voucher", "refund_voucher", "delivery_challan")

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
        return list((await self.session.execute(_BALANCES, params)).all())

    async def collections(self, organizer_id: uuid.UUID, starts: date, ends: date) -> list[Row[Any]]:
        """Money received per day and mode (advances adjusted against invoices are not new money)."""
        params = {"organizer": organizer_id, "starts": starts, "ends": ends}
        return list((await self.session.execute(_COLLECTIONS, params)).all())

    async def sales_by_month(self, organizer_id: uuid.UUID, starts: date, ends: date) -> list[Row[Any]]:
        """Invoices issued, net of notes, per month with their taxable value and tax heads."""
        params = {"organizer": organizer_id, "starts": starts, "ends": ends}
        return list((await self.session.execute(_SALES, params)).all())

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
        return list((await self.session.execute(query)).all())

    async def documents_by_id(self, ids: list[uuid.UUID]) -> list[Row[Any]]:
        if not ids:
            return []
        return list((await self.session.execute(sa.select(*_COLUMNS).where(t.documents.c.id.in_(ids)))).all())

    async def taxable_by_rate(self, ids: list[uuid.UUID]) -> list[tuple[Any, ...]]:
        """(document id, rate, taxable) for each rate of each document, as tuples."""
        if not ids:
            return []
        query = sa.text(
            "SELECT document_id, tax_rate, sum(taxable_paise) FROM document_lines "
            "WHERE document_id = ANY(:ids) GROUP BY document_id, tax_rate ORDER BY document_id, tax_rate"
        )
        return [tuple(r) for r in (await self.session.execute(query, {"ids": ids})).all()]

    async def hsn_summary(self, organizer_id: uuid.UUID, starts: date, ends: date) -> list[Row[Any]]:
        """Issued tax invoices and notes of the period summed per recipient kind, code and rate."""
        params = {"organizer": organizer_id, "starts": starts, "ends": ends}
        return list((await self.session.execute(_HSN, params)).all())

    async def advances_adjusted(self, organizer_id: uuid.UUID, starts: date, ends: date) -> list[Row[Any]]:
        params = {"organizer": organizer_id, "starts": starts, "ends": ends}
        return list((await self.session.execute(_ADJUSTED, params)).all())


d = t.documents.c
# The recipient's GSTIN and name as text: parsing 10,000 JSON snapshots costs more than the query.
_COLUMNS = [
    *(d.id, d.kind, d.status, d.number, d.series_id, d.sequence, d.document_date, d.source_id),
    d.recipient["gstin"].astext.label("recipient_gstin"),
    d.recipient["name"].astext.label("recipient_name"),
    *(d.place_of_supply, d.regime, d.total_paise, d.purpose),
]
