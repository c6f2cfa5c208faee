"""Dispatch sheets, return checks and stock adjustments in the database."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters import tables as t
from calendar_service.domain.dispatch import DamageCharge, Dispatch, DispatchLine, ReturnCheck, ReturnLine


class DispatchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def dispatch_of(self, booking_id: uuid.UUID) -> Dispatch | None:
        row = (
            await self.session.execute(sa.select(t.dispatches).where(t.dispatches.c.booking_id == booking_id))
        ).one_or_none()
        if row is None:
            return None
        c = t.dispatch_lines.c
        lines = await self.session.execute(
            sa.select(t.dispatch_lines).where(c.booking_id == booking_id).order_by(c.stock_item_id)
        )
        return Dispatch(
            booking_id,
            row.dispatched_at,
            str(row.recorded_by) if row.recorded_by else None,
            row.loaded_by,
            row.vehicle,
            row.notes,
            tuple(DispatchLine(r.stock_item_id, r.quantity) for r in lines),
        )

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
        row = (
            await self.session.execute(sa.select(t.returns).where(t.returns.c.booking_id == booking_id))
        ).one_or_none()
        if row is None:
            return None
        c = t.return_lines.c
        lines = await self.session.execute(
            sa.select(t.return_lines).where(c.booking_id == booking_id).order_by(c.stock_item_id)
        )
        return ReturnCheck(
            booking_id,
            row.checked_at,
            str(row.recorded_by) if row.recorded_by else None,
            row.checked_by,
            tuple(
                ReturnLine(
                    r.stock_item_id, r.dispatched, r.returned, r.damaged, r.lost, r.charge_paise, r.note
                )
                for r in lines
            ),
        )

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
