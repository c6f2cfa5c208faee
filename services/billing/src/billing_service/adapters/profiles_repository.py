"""The organizer's facts and billing profile, series, clients and per-item defaults in the database."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from billing_service.adapters import tables as t
from billing_service.domain.documents import DocumentLine


class ProfilesRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def facts(self, organizer_id: uuid.UUID) -> Row[Any] | None:
        query = sa.select(t.organizer_facts).where(t.organizer_facts.c.organizer_id == organizer_id)
        return (await self.session.execute(query)).first()

    async def replace_facts(self, organizer_id: uuid.UUID, values: dict[str, Any], at: datetime) -> None:
        """Replace the copy whole, unless a later event already wrote it (events may come out of order
        after a retry): the copy keeps the newest."""
        row = {"organizer_id": organizer_id, **values, "updated_at": at}
        statement = insert(t.organizer_facts).values(row)
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=["organizer_id"],
                set_={k: statement.excluded[k] for k in row if k != "organizer_id"},
                where=t.organizer_facts.c.updated_at <= statement.excluded.updated_at,
            )
        )

    async def profile(self, organizer_id: uuid.UUID) -> Row[Any] | None:
        query = sa.select(t.billing_profiles).where(t.billing_profiles.c.organizer_id == organizer_id)
        return (await self.session.execute(query)).first()

    async def save_profile(self, organizer_id: uuid.UUID, values: dict[str, Any]) -> None:
        row = {"organizer_id": organizer_id, **values, "updated_at": sa.func.now()}
        statement = insert(t.billing_profiles).values(row)
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=["organizer_id"],
                set_={k: statement.excluded[k] for k in row if k != "organizer_id"},
            )
        )

    async def series(self, organizer_id: uuid.UUID) -> list[Row[Any]]:
        query = (
            sa.select(t.document_series)
            .where(t.document_series.c.organizer_id == organizer_id)
            .order_by(t.document_series.c.kind, t.document_series.c.created_at)
        )
        return list(await self.session.execute(query))

    async def add_series(self, values: dict[str, Any]) -> bool:
        """False when the organizer already has a series of that prefix."""
        statement = insert(t.document_series).values(**values, created_at=sa.func.now())
        result = await self.session.execute(
            statement.on_conflict_do_nothing().returning(t.document_series.c.id)
        )
        return result.first() is not None

    async def remember_items(self, organizer_id: uuid.UUID, lines: list[DocumentLine], at: datetime) -> None:
        """Each line's code, unit, rate and tax rate as the defaults of its description (the last
        one typed wins); sorted so two drafts saved at once take the rows' locks in one order."""
        latest = {line.description: line for line in lines}
        rows = [
            {
                "id": uuid.uuid4(),
                "organizer_id": organizer_id,
                "description": line.description,
                "tax_code": line.tax_code,
                "unit": line.unit,
                "rate_paise": line.rate_paise,
                "tax_rate": line.tax_rate,
                "updated_at": at,
            }
            for _, line in sorted(latest.items())
        ]
        if not rows:
            return
        statement = insert(t.item_defaults).values(rows)
        changed = {
            c: statement.excluded[c] for c in ("tax_code", "unit", "rate_paise", "tax_rate", "updated_at")
        }
        await self.session.execute(
            statement.on_conflict_do_update(constraint="item_default_unique", set_=changed)
        )

    async def item_defaults(self, organizer_id: uuid.UUID, *, offset: int, limit: int) -> list[Row[Any]]:
        d = t.item_defaults.c
        query = (
            sa.select(t.item_defaults)
            .where(d.organizer_id == organizer_id)
            .order_by(sa.func.lower(d.description), d.id)
            .offset(offset)
            .limit(limit)
        )
        return list((await self.session.execute(query)).all())

    async def client(self, client_id: uuid.UUID) -> Row[Any] | None:
        return (await self.session.execute(sa.select(t.clients).where(t.clients.c.id == client_id))).first()

    async def save_client(self, values: dict[str, Any]) -> None:
        row = {**values, "created_at": sa.func.now(), "updated_at": sa.func.now()}
        statement = insert(t.clients).values(row)
        keep = {"id", "organizer_id", "created_at"}
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=["id"], set_={k: statement.excluded[k] for k in row if k not in keep}
            )
        )

    async def clients(self, organizer_id: uuid.UUID, *, offset: int, limit: int) -> list[Row[Any]]:
        query = (
            sa.select(t.clients)
            .where(t.clients.c.organizer_id == organizer_id, t.clients.c.erased_at.is_(None))
            .order_by(sa.func.lower(t.clients.c.name), t.clients.c.id)
            .offset(offset)
            .limit(limit)
        )
        return list(await self.session.execute(query))

    async def erase_organizer(self, organizer_id: uuid.UUID, at: datetime) -> None:
        """What billing keeps of an erased organizer beyond their documents: their facts' personal
        fields (the business name and GSTIN are the business's, printed on kept invoices: kept)."""
        await self.session.execute(
            sa.update(t.organizer_facts)
            .where(t.organizer_facts.c.organizer_id == organizer_id)
            .values(name=None, address=None, erased_at=at, updated_at=at)
        )
        await self.session.execute(
            sa.update(t.billing_profiles)
            .where(t.billing_profiles.c.organizer_id == organizer_id)
            .values(bank_account=None, upi_id=None, updated_at=at)
        )
        await self.session.execute(
            sa.update(t.clients)
            .where(t.clients.c.organizer_id == organizer_id)
            .values(
                name="(erased)", phones=[], email=None, address=None, gstin=None, erased_at=at, updated_at=at
            )
        )
        await self.session.execute(
            sa.delete(t.item_defaults).where(t.item_defaults.c.organizer_id == organizer_id)
        )
