"""Capacity per day: set, clear and read it (for businesses without item stock)."""

from __future__ import annotations

import uuid

from servicekit.auth import Caller

from calendar_service.domain.capacity import MAX_PER_DAY
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.stock import DailyCapacity
from calendar_service.domain.vocabulary import CapacityUnit
from calendar_service.service_layer.authorization import Operation, authorize
from calendar_service.service_layer.booking_loading import owner_for
from calendar_service.service_layer.dependencies import UseCaseDependencies


async def set_daily_capacity(
    caller: Caller, unit: CapacityUnit, count: int, deps: UseCaseDependencies
) -> DailyCapacity:
    """Lowering it below what is confirmed on some day is allowed: those days read as short."""
    caller_id = authorize(caller, Operation.MANAGE_CAPACITY, owner_id=caller.user_id or "")
    if not 1 <= count <= MAX_PER_DAY:
        raise CalendarError(
            CalendarErrorCode.INVALID_CAPACITY, f"Enter 1 to {MAX_PER_DAY:,} a day.", "perDay"
        )
    capacity = DailyCapacity(uuid.UUID(caller_id), unit, count)
    async with deps.unit_of_work() as uow:
        await uow.stock.set_capacity(capacity, deps.clock())
        await uow.commit()
    return capacity


async def clear_daily_capacity(caller: Caller, deps: UseCaseDependencies) -> None:
    caller_id = authorize(caller, Operation.MANAGE_CAPACITY, owner_id=caller.user_id or "")
    async with deps.unit_of_work() as uow:
        await uow.stock.clear_capacity(uuid.UUID(caller_id))
        await uow.commit()


async def daily_capacity(
    caller: Caller, organizer_id: str | None, deps: UseCaseDependencies
) -> DailyCapacity | None:
    owner = owner_for(caller, organizer_id, Operation.READ_AVAILABILITY)
    async with deps.unit_of_work() as uow:
        return await uow.stock.capacity(owner)
