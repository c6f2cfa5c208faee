"""Stores and sellers' profile facts in the database."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from marketplace_service.adapters import tables as t


class StoresRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, store_id: uuid.UUID, *, lock: bool = False) -> Row[Any] | None:
        query = sa.select(t.stores).where(t.stores.c.id == store_id)
        return (await self.session.execute(query.with_for_update() if lock else query)).first()

    async def of_owner(self, owner_id: uuid.UUID) -> list[Row[Any]]:
        query = sa.select(t.stores).where(t.stores.c.owner_id == owner_id).order_by(t.stores.c.created_at)
        return list((await self.session.execute(query)).all())

    async def platform(self) -> Row[Any] | None:
        query = sa.select(t.stores).where(t.stores.c.is_platform)
        return (await self.session.execute(query)).first()

    async def listed(self, status: str | None, first: int, offset: int) -> list[Row[Any]]:
        query = (
            sa.select(t.stores)
            .order_by(t.stores.c.created_at.desc(), t.stores.c.id)
            .limit(first)
            .offset(offset)
        )
        if status:
            query = query.where(t.stores.c.status == status)
        return list((await self.session.execute(query)).all())

    async def add(self, values: dict[str, Any]) -> None:
        await self.session.execute(sa.insert(t.stores).values(values))

    async def update(self, store_id: uuid.UUID, values: dict[str, Any]) -> None:
        await self.session.execute(sa.update(t.stores).where(t.stores.c.id == store_id).values(values))

    async def facts(self, user_id: uuid.UUID) -> Row[Any] | None:
        query = sa.select(t.seller_facts).where(t.seller_facts.c.user_id == user_id)
        return (await self.session.execute(query)).first()

    async def replace_facts(self, user_id: uuid.UUID, values: dict[str, Any], at: datetime) -> None:
        """Replace the copy whole unless a later event already wrote it (newest wins)."""
        row = {"user_id": user_id, **values, "updated_at": at}
        statement = insert(t.seller_facts).values(row)
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=["user_id"],
                set_={k: statement.excluded[k] for k in row if k != "user_id"},
                where=t.seller_facts.c.updated_at <= statement.excluded.updated_at,
            )
        )
        # A store's tax facts follow its owner's profile (GSTIN and state are not asked twice).
        if values.get("state_code"):
            await self.session.execute(
                sa.update(t.stores)
                .where(t.stores.c.owner_id == user_id)
                .values(gstin=values.get("gstin"), state_code=values["state_code"])
            )
