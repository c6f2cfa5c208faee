"""Stock items, their parts and capacity per day in the database; the row locks that guard stock."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters import tables as t
from calendar_service.domain.stock import DailyCapacity, Part, StockItem
from calendar_service.domain.vocabulary import CapacityUnit


class StockRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, item: StockItem) -> None:
        await self.session.execute(sa.insert(t.stock_items).values(_values(item)))
        await self._write_parts(item)

    async def save(self, item: StockItem) -> None:
        await self.session.execute(
            sa.update(t.stock_items).where(t.stock_items.c.id == item.id).values(_values(item))
        )
        await self.session.execute(
            sa.delete(t.stock_item_parts).where(t.stock_item_parts.c.composite_id == item.id)
        )
        await self._write_parts(item)

    async def _write_parts(self, item: StockItem) -> None:
        if item.parts:
            rows = [
                {"composite_id": item.id, "part_id": p.item_id, "quantity": p.quantity} for p in item.parts
            ]
            await self.session.execute(sa.insert(t.stock_item_parts), rows)

    async def of_organizer(
        self, organizer_id: uuid.UUID, item_ids: Iterable[uuid.UUID]
    ) -> dict[uuid.UUID, StockItem]:
        """The organizer's items among `item_ids` (another organizer's ids are simply not found)."""
        query = sa.select(t.stock_items).where(
            t.stock_items.c.organizer_id == organizer_id, t.stock_items.c.id.in_(list(item_ids))
        )
        return await self._items(query)

    async def get(self, item_id: uuid.UUID, *, for_update: bool = False) -> StockItem | None:
        query = sa.select(t.stock_items).where(t.stock_items.c.id == item_id)
        found = await self._items(query.with_for_update() if for_update else query)
        return found.get(item_id)

    async def lock(
        self, organizer_id: uuid.UUID, item_ids: Iterable[uuid.UUID]
    ) -> dict[uuid.UUID, StockItem]:
        """Lock the items' rows until the transaction ends, always in id order (no deadlock between two
        confirmations wanting the same items): every change of what is confirmed of an item passes
        here first, so two of them never both see the same free units."""
        query = (
            sa.select(t.stock_items)
            .where(t.stock_items.c.organizer_id == organizer_id, t.stock_items.c.id.in_(sorted(item_ids)))
            .order_by(t.stock_items.c.id)
            .with_for_update()
        )
        return await self._items(query)

    async def lock_with_parts(
        self, organizer_id: uuid.UUID, item_ids: Iterable[uuid.UUID]
    ) -> dict[uuid.UUID, StockItem]:
        """`lock` of the items and, for the composites among them, their parts, in one statement (one
        id order over all of them): what a confirmation reserves is locked before it is worked out."""
        c, parts = t.stock_items.c, t.stock_item_parts.c
        wanted = sorted(item_ids)
        of_composites = sa.select(parts.part_id).where(parts.composite_id.in_(wanted))
        query = (
            sa.select(t.stock_items)
            .where(c.organizer_id == organizer_id, sa.or_(c.id.in_(wanted), c.id.in_(of_composites)))
            .order_by(c.id)
            .with_for_update(of=t.stock_items)
        )
        return await self._items(query)

    async def page(self, organizer_id: uuid.UUID, *, offset: int, limit: int) -> tuple[list[StockItem], int]:
        where = t.stock_items.c.organizer_id == organizer_id
        total = await self.session.scalar(sa.select(sa.func.count()).select_from(t.stock_items).where(where))
        query = (
            sa.select(t.stock_items)
            .where(where)
            .order_by(sa.func.lower(t.stock_items.c.name), t.stock_items.c.id)
        )
        items = await self._items(query.offset(offset).limit(limit))
        return list(items.values()), int(total or 0)

    async def all_of(self, organizer_id: uuid.UUID) -> dict[uuid.UUID, StockItem]:
        query = (
            sa.select(t.stock_items)
            .where(t.stock_items.c.organizer_id == organizer_id)
            .order_by(sa.func.lower(t.stock_items.c.name))
        )
        return await self._items(query)

    async def name_taken(
        self, organizer_id: uuid.UUID, name: str, *, other_than: uuid.UUID | None = None
    ) -> bool:
        c = t.stock_items.c
        query = sa.select(c.id).where(c.organizer_id == organizer_id, sa.func.lower(c.name) == name.lower())
        if other_than is not None:
            query = query.where(c.id != other_than)
        return (await self.session.scalar(query.limit(1))) is not None

    async def _items(self, query: sa.Select[Any]) -> dict[uuid.UUID, StockItem]:
        rows = list(await self.session.execute(query))
        parts = await self._parts([r.id for r in rows])
        return {r.id: _item(r, parts.get(r.id, ())) for r in rows}

    async def _parts(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[Part, ...]]:
        if not ids:
            return {}
        c = t.stock_item_parts.c
        found: dict[uuid.UUID, list[Part]] = defaultdict(list)
        for row in await self.session.execute(
            sa.select(t.stock_item_parts).where(c.composite_id.in_(ids)).order_by(c.part_id)
        ):
            found[row.composite_id].append(Part(row.part_id, row.quantity))
        return {k: tuple(v) for k, v in found.items()}

    async def capacity(self, organizer_id: uuid.UUID, *, lock: bool = False) -> DailyCapacity | None:
        query = sa.select(t.daily_capacities).where(t.daily_capacities.c.organizer_id == organizer_id)
        row = (await self.session.execute(query.with_for_update() if lock else query)).one_or_none()
        return DailyCapacity(row.organizer_id, CapacityUnit(row.unit), row.per_day) if row else None

    async def set_capacity(self, capacity: DailyCapacity, now: Any) -> None:
        values = {
            "organizer_id": capacity.organizer_id,
            "unit": capacity.unit.value,
            "per_day": capacity.per_day,
            "updated_at": now,
        }
        statement = insert(t.daily_capacities).values(values)
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=["organizer_id"],
                set_={k: statement.excluded[k] for k in ("unit", "per_day", "updated_at")},
            )
        )

    async def clear_capacity(self, organizer_id: uuid.UUID) -> None:
        await self.session.execute(
            sa.delete(t.daily_capacities).where(t.daily_capacities.c.organizer_id == organizer_id)
        )


def _values(item: StockItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "organizer_id": item.organizer_id,
        "name": item.name,
        "unit": item.unit,
        "quantity": item.quantity,
        "out_of_service": item.out_of_service,
        "daily_rent_paise": item.daily_rent_paise,
        "notes": item.notes,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }


def _item(row: Row[Any], parts: tuple[Part, ...]) -> StockItem:
    return StockItem(
        id=row.id,
        organizer_id=row.organizer_id,
        name=row.name,
        unit=row.unit,
        quantity=row.quantity,
        out_of_service=row.out_of_service,
        daily_rent_paise=row.daily_rent_paise,
        notes=row.notes,
        parts=parts,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
