"""Carts, checkouts, orders with their lines and history, payment events and reviews in the database."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from marketplace_service.adapters import tables as t


class OrdersRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # The cart.
    async def cart(self, buyer_id: uuid.UUID) -> list[Row[Any]]:
        """The buyer's cart lines with their variant, product and store, in variant id order."""
        v, p, s = t.variants, t.products, t.stores
        query = (
            sa.select(
                t.cart_items.c.variant_id,
                t.cart_items.c.quantity,
                v.c.sku,
                v.c.label,
                v.c.price_paise,
                v.c.stock,
                p.c.id.label("product_id"),
                p.c.title_en,
                p.c.title_te,
                p.c.hsn,
                p.c.gst_rate,
                p.c.active,
                s.c.id.label("store_id"),
                s.c.status.label("store_status"),
            )
            .join(v, v.c.id == t.cart_items.c.variant_id)
            .join(p, p.c.id == v.c.product_id)
            .join(s, s.c.id == p.c.store_id)
            .where(t.cart_items.c.buyer_id == buyer_id)
            .order_by(t.cart_items.c.variant_id)
        )
        rows: list[Row[Any]] = list((await self.session.execute(query)).all())  # type: ignore[arg-type]
        return rows

    async def put_in_cart(
        self, buyer_id: uuid.UUID, variant_id: uuid.UUID, quantity: int, at: datetime
    ) -> None:
        if quantity == 0:
            await self.session.execute(
                sa.delete(t.cart_items).where(
                    t.cart_items.c.buyer_id == buyer_id, t.cart_items.c.variant_id == variant_id
                )
            )
            return
        row = {"buyer_id": buyer_id, "variant_id": variant_id, "quantity": quantity, "added_at": at}
        statement = insert(t.cart_items).values(row)
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=["buyer_id", "variant_id"], set_={"quantity": statement.excluded.quantity}
            )
        )

    async def claim_cart(self, buyer_id: uuid.UUID) -> None:
        """Hold the buyer's cart until this transaction ends: a second checkout of the same cart
        waits here, then reads the cart the first one emptied (CART_EMPTY), so it never orders twice."""
        await self.session.execute(
            sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
            {"key": f"marketplace.cart:{buyer_id}"},
        )

    async def empty_cart(self, buyer_id: uuid.UUID) -> None:
        await self.session.execute(sa.delete(t.cart_items).where(t.cart_items.c.buyer_id == buyer_id))

    # Checkouts and orders.
    async def add_checkout(self, values: dict[str, Any]) -> None:
        await self.session.execute(sa.insert(t.checkouts).values(values))

    async def checkout(self, checkout_id: uuid.UUID) -> Row[Any] | None:
        return (
            await self.session.execute(sa.select(t.checkouts).where(t.checkouts.c.id == checkout_id))
        ).first()

    async def checkout_by_provider_order(self, provider_order_id: str) -> Row[Any] | None:
        query = (
            sa.select(t.checkouts)
            .where(t.checkouts.c.provider_order_id == provider_order_id)
            .with_for_update()
        )
        return (await self.session.execute(query)).first()

    async def update_checkout(self, checkout_id: uuid.UUID, values: dict[str, Any]) -> None:
        await self.session.execute(
            sa.update(t.checkouts).where(t.checkouts.c.id == checkout_id).values(values)
        )

    async def expired_checkouts(self, now: datetime, batch: int) -> list[Row[Any]]:
        """Holds that ran out, locked; SKIP LOCKED lets several sweepers share the work."""
        query = (
            sa.select(t.checkouts)
            .where(t.checkouts.c.status == "awaiting_payment", t.checkouts.c.hold_expires_at <= now)
            .order_by(t.checkouts.c.hold_expires_at)
            .limit(batch)
            .with_for_update(skip_locked=True)
        )
        return list((await self.session.execute(query)).all())

    async def add_order(self, values: dict[str, Any], lines: list[dict[str, Any]]) -> None:
        await self.session.execute(sa.insert(t.orders).values(values))
        await self.session.execute(sa.insert(t.order_lines), lines)

    async def order(self, order_id: uuid.UUID, *, lock: bool = False) -> Row[Any] | None:
        query = sa.select(t.orders).where(t.orders.c.id == order_id)
        return (await self.session.execute(query.with_for_update() if lock else query)).first()

    async def orders_of_checkout(self, checkout_id: uuid.UUID) -> list[Row[Any]]:
        query = sa.select(t.orders).where(t.orders.c.checkout_id == checkout_id).order_by(t.orders.c.id)
        return list((await self.session.execute(query)).all())

    async def orders_where(
        self, condition: sa.ColumnElement[bool], first: int, offset: int
    ) -> list[Row[Any]]:
        query = (
            sa.select(t.orders)
            .where(condition)
            .order_by(t.orders.c.created_at.desc(), t.orders.c.id)
            .limit(first)
            .offset(offset)
        )
        return list((await self.session.execute(query)).all())

    async def lines_of(self, order_ids: list[uuid.UUID]) -> list[Row[Any]]:
        query = (
            sa.select(t.order_lines)
            .where(t.order_lines.c.order_id.in_(order_ids))
            .order_by(t.order_lines.c.order_id, t.order_lines.c.position)
        )
        return list((await self.session.execute(query)).all())

    async def line(self, line_id: uuid.UUID) -> Row[Any] | None:
        return (
            await self.session.execute(sa.select(t.order_lines).where(t.order_lines.c.id == line_id))
        ).first()

    async def history_of(self, order_ids: list[uuid.UUID]) -> list[Row[Any]]:
        query = (
            sa.select(t.order_history)
            .where(t.order_history.c.order_id.in_(order_ids))
            .order_by(t.order_history.c.id)
        )
        return list((await self.session.execute(query)).all())

    async def move(
        self,
        order_id: uuid.UUID,
        status: str,
        at: datetime,
        *,
        by: uuid.UUID | None,
        note: str | None = None,
        **values: Any,
    ) -> None:
        await self.session.execute(
            sa.update(t.orders)
            .where(t.orders.c.id == order_id)
            .values(status=status, updated_at=at, **values)
        )
        await self.record(order_id, status, at, by=by, note=note)

    async def record(
        self, order_id: uuid.UUID, status: str, at: datetime, *, by: uuid.UUID | None, note: str | None = None
    ) -> None:
        await self.session.execute(
            sa.insert(t.order_history).values(order_id=order_id, status=status, by_id=by, note=note, at=at)
        )

    # Payments.
    async def first_time_seen(self, event_id: str, provider_order_id: str, kind: str, at: datetime) -> bool:
        """Record a provider event; False when it was recorded before (a replay)."""
        statement = (
            insert(t.payment_events)
            .values(event_id=event_id, provider_order_id=provider_order_id, kind=kind, received_at=at)
            .on_conflict_do_nothing(index_elements=["event_id"])
            .returning(t.payment_events.c.event_id)
        )
        return (await self.session.execute(statement)).first() is not None

    # Erasure.
    async def erase_buyer(self, buyer_id: uuid.UUID) -> None:
        """Orders stay (tax records); what says who and where the buyer is goes (decision 0030)."""
        await self.session.execute(
            sa.update(t.orders).where(t.orders.c.buyer_id == buyer_id).values(delivery_address=None)
        )
        await self.session.execute(sa.delete(t.cart_items).where(t.cart_items.c.buyer_id == buyer_id))
        await self.session.execute(
            sa.update(t.reviews).where(t.reviews.c.buyer_id == buyer_id).values(buyer_id=None, text=None)
        )
