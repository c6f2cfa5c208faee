"""Stock use cases: add items (plain or composite), list them."""

from __future__ import annotations

import uuid

import uuid6
from servicekit.auth import Caller

from calendar_service.domain import booking_checks as check
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.stock import Part, StockItem
from calendar_service.service_layer.authorization import Operation, authorize
from calendar_service.service_layer.commands import CreateStockItem
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork

Code = CalendarErrorCode


async def create_stock_item(command: CreateStockItem, deps: UseCaseDependencies) -> StockItem:
    caller_id = authorize(command.caller, Operation.MANAGE_STOCK, owner_id=command.caller.user_id or "")
    organizer_id = uuid.UUID(caller_id)
    name = check.text(command.name, "name", longest=100, code=Code.INVALID_NAME)
    unit = check.text(command.unit, "unit", longest=30)
    rent = (
        None if command.daily_rent_paise is None else check.amount(command.daily_rent_paise, "dailyRentPaise")
    )
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        if await uow.stock.name_taken(organizer_id, name):
            raise CalendarError(Code.DUPLICATE_STOCK_ITEM, "You already have an item of that name.", "name")
        parts = await _parts(uow, organizer_id, command.parts)
        quantity = 0 if parts else check.quantity(command.quantity, "quantity")
        item = StockItem(
            id=uuid.UUID(str(uuid6.uuid7())),
            organizer_id=organizer_id,
            name=name,
            unit=unit,
            quantity=quantity,
            out_of_service=0,
            daily_rent_paise=rent,
            notes=check.optional_text(command.notes, "notes", longest=1000),
            parts=parts,
            created_at=now,
            updated_at=now,
        )
        await uow.stock.add(item)
        await uow.commit()
    return item


async def _parts(
    uow: CalendarUnitOfWork, organizer_id: uuid.UUID, given: list[tuple[str, int]]
) -> tuple[Part, ...]:
    """A composite's parts: the organizer's own plain items, each once, with a positive count."""
    parts = [
        (check.stock_item_id(raw, f"parts.{i}.itemId"), check.quantity(n, f"parts.{i}.quantity"))
        for i, (raw, n) in enumerate(given)
    ]
    found = await uow.stock.of_organizer(organizer_id, [p for p, _ in parts])
    for index, (part_id, _) in enumerate(parts):
        if part_id not in found:
            raise CalendarError(Code.UNKNOWN_STOCK_ITEM, "No such stock item.", f"parts.{index}.itemId")
        if found[part_id].is_composite:
            raise CalendarError(
                Code.INVALID_PARTS, "A part must be a plain item, not a composite.", f"parts.{index}.itemId"
            )
    if len({p for p, _ in parts}) != len(parts):
        raise CalendarError(Code.INVALID_PARTS, "Name each part once.", "parts")
    return tuple(Part(p, n) for p, n in parts)


async def list_stock_items(
    caller: Caller, organizer_id: str | None, offset: int, limit: int, deps: UseCaseDependencies
) -> tuple[list[StockItem], int]:
    owner = organizer_id or caller.user_id or ""
    authorize(caller, Operation.READ_STOCK, owner_id=owner)
    async with deps.unit_of_work() as uow:
        return await uow.stock.page(uuid.UUID(owner), offset=offset, limit=limit)
