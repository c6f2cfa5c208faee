"""Categories, products, variants (and their stock) and product images in the database."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from marketplace_service.adapters import tables as t


class CatalogueRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def categories(self) -> list[Row[Any]]:
        query = sa.select(t.categories).order_by(t.categories.c.position)
        return list((await self.session.execute(query)).all())

    async def product(self, product_id: uuid.UUID, *, lock: bool = False) -> Row[Any] | None:
        query = sa.select(t.products).where(t.products.c.id == product_id)
        return (await self.session.execute(query.with_for_update() if lock else query)).first()

    async def products(self, ids: list[uuid.UUID]) -> list[Row[Any]]:
        query = sa.select(t.products).where(t.products.c.id.in_(ids))
        return list((await self.session.execute(query)).all())

    async def of_store(self, store_id: uuid.UUID, first: int, offset: int) -> list[Row[Any]]:
        query = (
            sa.select(t.products)
            .where(t.products.c.store_id == store_id)
            .order_by(t.products.c.created_at.desc(), t.products.c.id)
            .limit(first)
            .offset(offset)
        )
        return list((await self.session.execute(query)).all())

    async def add_product(self, values: dict[str, Any]) -> None:
        await self.session.execute(sa.insert(t.products).values(values))

    async def update_product(self, product_id: uuid.UUID, values: dict[str, Any]) -> None:
        await self.session.execute(sa.update(t.products).where(t.products.c.id == product_id).values(values))

    async def variants_of(self, product_ids: list[uuid.UUID]) -> list[Row[Any]]:
        query = (
            sa.select(t.variants)
            .where(t.variants.c.product_id.in_(product_ids))
            .order_by(t.variants.c.product_id, t.variants.c.position)
        )
        return list((await self.session.execute(query)).all())

    async def variant(self, variant_id: uuid.UUID, *, lock: bool = False) -> Row[Any] | None:
        query = sa.select(t.variants).where(t.variants.c.id == variant_id)
        return (await self.session.execute(query.with_for_update() if lock else query)).first()

    async def sku_taken(self, store_id: uuid.UUID, skus: list[str], product_id: uuid.UUID) -> list[str]:
        query = sa.select(t.variants.c.sku).where(
            t.variants.c.store_id == store_id,
            t.variants.c.sku.in_(skus),
            t.variants.c.product_id != product_id,
        )
        return list((await self.session.scalars(query)).all())

    async def save_variant(self, values: dict[str, Any]) -> None:
        """Insert or update by (store, SKU): a variant keeps its id (carts and orders name it).

        Stock is written on insert only: an edit of the product never writes the form's stock over
        what checkouts took since the form was loaded (a recount goes through set_stock)."""
        statement = insert(t.variants).values(values)
        keep = ("id", "store_id", "sku", "product_id", "stock")
        await self.session.execute(
            statement.on_conflict_do_update(
                constraint="variant_sku_unique",
                set_={k: statement.excluded[k] for k in values if k not in keep},
            )
        )

    async def set_stock(self, variant_id: uuid.UUID, stock: int) -> None:
        await self.session.execute(
            sa.update(t.variants).where(t.variants.c.id == variant_id).values(stock=stock)
        )

    async def take_stock(self, variant_id: uuid.UUID, quantity: int) -> bool:
        """Take `quantity` off a variant's free stock; False when not that many are left.

        One conditional UPDATE: two rivals for the last unit both reach the row; the second waits
        for the first's commit, and PostgreSQL re-checks `stock >= quantity` on the row as the
        first left it, so it updates nothing. A read-then-write would let both read 1 left and both
        write 0 (tests/integration/test_last_unit_race.py shows it).
        """
        v = t.variants.c
        taken = await self.session.execute(
            sa.update(t.variants)
            .where(v.id == variant_id, v.stock >= quantity)
            .values(stock=v.stock - quantity)
            .returning(v.id)
        )
        return taken.first() is not None

    async def give_back_stock(self, quantities: dict[uuid.UUID, int]) -> None:
        for variant_id in sorted(quantities):
            await self.session.execute(
                sa.update(t.variants)
                .where(t.variants.c.id == variant_id)
                .values(stock=t.variants.c.stock + quantities[variant_id])
            )
