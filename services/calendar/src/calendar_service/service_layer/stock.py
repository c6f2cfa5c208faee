"""Stock use cases: add items (plain or composite), list them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import uuid6
from servicekit.auth import Caller

from calendar_service.domain import booking_checks as check
from calendar_service.domain.errors import CalendarError, CalendarErrorCode, not_found
from calendar_service.domain.stock import Part, StockItem
from calendar_service.service_layer.authorization import Operation, authorize
from calendar_service.service_layer.booking_loading import owner_for, parse_id
from calendar_service.service_layer.booking_search import PAGE_CAP, page_offset
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


@dataclass(frozen=True)
class StockPage:
    items: list[StockItem]
    total: int
    next_cursor: str | None
    # The composites' parts, by id, so their names can be shown.
    parts: dict[uuid.UUID, StockItem]


async def list_stock_items(
    caller: Caller, organizer_id: str | None, first: int, after: str | None, deps: UseCaseDependencies
) -> StockPage:
    owner = owner_for(caller, organizer_id, Operation.READ_STOCK)
    if not 1 <= first <= PAGE_CAP:
        raise CalendarError(Code.INVALID_PAGE_SIZE, f"Ask for 1 to {PAGE_CAP} items.", "first")
    offset = page_offset(after)
    async with deps.unit_of_work() as uow:
        items, total = await uow.stock.page(owner, offset=offset, limit=first)
        parts = await uow.stock.of_organizer(owner, {p.item_id for i in items for p in i.parts})
    following = offset + len(items)
    return StockPage(items, total, str(following) if following < total else None, parts)


async def get_stock_item(
    caller: Caller, item_id: str, deps: UseCaseDependencies
) -> tuple[StockItem, dict[uuid.UUID, StockItem]]:
    """One item: its organizer's or, for super admins, anyone's (someone else's reads as FORBIDDEN)."""
    async with deps.unit_of_work() as uow:
        item = await uow.stock.get(parse_id(item_id, "stock item"))
        if item is None:
            raise not_found("stock item")
        authorize(caller, Operation.READ_STOCK, owner_id=str(item.organizer_id))
        parts = await uow.stock.of_organizer(item.organizer_id, [p.item_id for p in item.parts])
    return item, parts
