"""Dispatch sheets, return checks and stock adjustments in the database."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters import tables as t
from calendar_service.domain.dispatch import DamageCharge, Dispatch, DispatchLine, ReturnCheck, ReturnLine


class DispatchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def dispatch_of(self, booking_id: uuid.UUID) -> Dispatch | None:
        return (await self.dispatches_of([booking_id])).get(booking_id)

    async def dispatches_of(self, booking_ids: list[uuid.UUID]) -> dict[uuid.UUID, Dispatch]:
        """The sheets of the bookings dispatched among `booking_ids`, in two statements."""
        sheets = list(
            await self.session.execute(
                sa.select(t.dispatches).where(t.dispatches.c.booking_id.in_(booking_ids))
            )
        )
        if not sheets:
            return {}
        c = t.dispatch_lines.c
        lines: dict[uuid.UUID, list[DispatchLine]] = defaultdict(list)
        query = sa.select(t.dispatch_lines).where(c.booking_id.in_([r.booking_id for r in sheets]))
        for r in await self.session.execute(query.order_by(c.booking_id, c.stock_item_id)):
            lines[r.booking_id].append(DispatchLine(r.stock_item_id, r.quantity))
        return {
            row.booking_id: Dispatch(
                row.booking_id,
                row.dispatched_at,
                str(row.recorded_by) if row.recorded_by else None,
                row.loaded_by,
                row.vehicle,
                row.notes,
                tuple(lines[row.booking_id]),
            )
            for row in sheets
        }

    async def save_dispatch(self, dispatch: Dispatch) -> None:
        await self.session.execute(
            sa.delete(t.dispatches).where(t.dispatches.c.booking_id == dispatch.booking_id)
        )
        await self.session.execute(
            sa.delete(t.dispatch_lines).where(t.dispatch_lines.c.booking_id == dispatch.booking_id)
        )
        await self.session.execute(
            sa.insert(t.dispatches).values(
                booking_id=dispatch.booking_id,
                dispatched_at=dispatch.dispatched_at,
                recorded_by=uuid.UUID(dispatch.recorded_by) if dispatch.recorded_by else None,
                loaded_by=dispatch.loaded_by,
                vehicle=dispatch.vehicle,
                notes=dispatch.notes,
            )
        )
        rows = [
            {"booking_id": dispatch.booking_id, "stock_item_id": line.item_id, "quantity": line.quantity}
            for line in dispatch.lines
        ]
        if rows:
            await self.session.execute(sa.insert(t.dispatch_lines), rows)

    async def return_of(self, booking_id: uuid.UUID) -> ReturnCheck | None:
        return (await self.returns_of([booking_id])).get(booking_id)

    async def returns_of(self, booking_ids: list[uuid.UUID]) -> dict[uuid.UUID, ReturnCheck]:
        """The return checks of the bookings checked among `booking_ids`, in two statements."""
        checks = list(
            await self.session.execute(sa.select(t.returns).where(t.returns.c.booking_id.in_(booking_ids)))
        )
        if not checks:
            return {}
        c = t.return_lines.c
        lines: dict[uuid.UUID, list[ReturnLine]] = defaultdict(list)
        query = sa.select(t.return_lines).where(c.booking_id.in_([r.booking_id for r in checks]))
        for r in await self.session.execute(query.order_by(c.booking_id, c.stock_item_id)):
            lines[r.booking_id].append(
                ReturnLine(
                    r.stock_item_id, r.dispatched, r.returned, r.damaged, r.lost, r.charge_paise, r.note
                )
            )
        return {
            row.booking_id: ReturnCheck(
                row.booking_id,
                row.checked_at,
                str(row.recorded_by) if row.recorded_by else None,
                row.checked_by,
                tuple(lines[row.booking_id]),
            )
            for row in checks
        }

    async def add_return(self, check: ReturnCheck) -> None:
        await self.session.execute(
            sa.insert(t.returns).values(
                booking_id=check.booking_id,
                checked_at=check.checked_at,
                recorded_by=uuid.UUID(check.recorded_by) if check.recorded_by else None,
                checked_by=check.checked_by,
            )
        )
        rows = [
            {
                "booking_id": check.booking_id,
                "stock_item_id": line.item_id,
                "dispatched": line.dispatched,
                "returned": line.returned,
                "damaged": line.damaged,
                "lost": line.lost,
                "charge_paise": line.charge_paise,
                "note": line.note,
            }
            for line in check.lines
        ]
        if rows:
            await self.session.execute(sa.insert(t.return_lines), rows)

    async def damage_charges(self, booking_id: uuid.UUID) -> tuple[DamageCharge, ...]:
        r, s = t.return_lines.c, t.stock_items.c
        query = (
            sa.select(r.stock_item_id, s.name, r.damaged, r.lost, r.charge_paise, r.note)
            .select_from(t.return_lines.join(t.stock_items, s.id == r.stock_item_id))
            .where(r.booking_id == booking_id, (r.damaged + r.lost > 0) | (r.charge_paise > 0))
            .order_by(s.name)
        )
        return tuple(DamageCharge(*row) for row in await self.session.execute(query))

    async def adjust(
        self,
        item_id: uuid.UUID,
        kind: str,
        quantity: int,
        at: datetime,
        actor_id: str | None,
        *,
        booking_id: uuid.UUID | None = None,
        reason: str | None = None,
    ) -> None:
        await self.session.execute(
            sa.insert(t.stock_adjustments).values(
                stock_item_id=item_id,
                at=at,
                actor_id=uuid.UUID(actor_id) if actor_id else None,
                kind=kind,
                quantity=quantity,
                booking_id=booking_id,
                reason=reason,
            )
        )
