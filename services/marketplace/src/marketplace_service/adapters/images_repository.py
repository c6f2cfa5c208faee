"""Product images and listing photos in the database: the same shape in two tables, each row owned
by its product or listing."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from marketplace_service.adapters import tables as t

# What an image belongs to -> (its table, the owner's column in it).
OWNERS: dict[str, tuple[sa.Table, str]] = {
    "product": (t.product_images, "product_id"),
    "listing": (t.listing_images, "listing_id"),
}


class ImagesRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def count(self, owner: str, owner_id: uuid.UUID) -> int:
        table, column = OWNERS[owner]
        return int(
            await self.session.scalar(sa.select(sa.func.count()).where(table.c[column] == owner_id)) or 0
        )

    async def add(self, owner: str, values: dict[str, Any]) -> None:
        await self.session.execute(sa.insert(OWNERS[owner][0]).values(values))

    async def get(self, owner: str, image_id: uuid.UUID, *, lock: bool = False) -> Row[Any] | None:
        table = OWNERS[owner][0]
        query = sa.select(table).where(table.c.id == image_id)
        return (await self.session.execute(query.with_for_update() if lock else query)).first()

    async def update(self, owner: str, image_id: uuid.UUID, values: dict[str, Any]) -> None:
        table = OWNERS[owner][0]
        await self.session.execute(sa.update(table).where(table.c.id == image_id).values(values))

    async def delete(self, owner: str, image_id: uuid.UUID) -> None:
        table = OWNERS[owner][0]
        await self.session.execute(sa.delete(table).where(table.c.id == image_id))

    async def ready_of(self, owner: str, owner_ids: list[uuid.UUID]) -> list[Row[Any]]:
        table, column = OWNERS[owner]
        query = (
            sa.select(table)
            .where(table.c[column].in_(owner_ids), table.c.status == "ready")
            .order_by(table.c[column], table.c.position, table.c.id)
        )
        return list((await self.session.execute(query)).all())
