"""Changing stock: recount or rename an item, repair damaged units, write off what is gone for good.
A recount below what confirmed bookings use from now on is refused (STOCK_IN_USE), under the item's
row lock, so no confirmation slips in between (docs/decisions/0018)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from servicekit.auth import Caller

from calendar_service.domain import booking_checks as check
from calendar_service.domain.errors import CalendarError, CalendarErrorCode, not_found
from calendar_service.domain.load import peak
from calendar_service.domain.stock import StockItem
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.service_layer.authorization import Operation, authorize
from calendar_service.service_layer.availability_events import announce_stock_change
from calendar_service.service_layer.booking_loading import parse_id
from calendar_service.service_layer.commands import Keep, UpdateStockItem
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork

Code = CalendarErrorCode
CONFIRMED = frozenset({BookingStatus.CONFIRMED})


async def _locked_item(uow: CalendarUnitOfWork, caller: Caller, item_id: str) -> tuple[StockItem, str]:
    found = await uow.stock.get(parse_id(item_id, "stock item"))
    if found is None:
        raise not_found("stock item")
    caller_id = authorize(caller, Operation.MANAGE_STOCK, owner_id=str(found.organizer_id))
    return (await uow.stock.lock(found.organizer_id, [found.id]))[found.id], caller_id


async def update_stock_item(command: UpdateStockItem, deps: UseCaseDependencies) -> StockItem:
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        item, caller_id = await _locked_item(uow, command.caller, command.item_id)
        changed = item
        if not isinstance(command.name, Keep):
            name = check.text(command.name, "name", longest=100, code=Code.INVALID_NAME)
            if await uow.stock.name_taken(item.organizer_id, name, other_than=item.id):
                raise CalendarError(
                    Code.DUPLICATE_STOCK_ITEM, "You already have an item of that name.", "name"
                )
            changed = replace(changed, name=name)
        if not isinstance(command.unit, Keep):
            changed = replace(changed, unit=check.text(command.unit, "unit", longest=30))
        if not isinstance(command.daily_rent_paise, Keep):
            rent = command.daily_rent_paise
            changed = replace(
                changed, daily_rent_paise=None if rent is None else check.amount(rent, "dailyRentPaise")
            )
        if not isinstance(command.notes, Keep):
            changed = replace(changed, notes=check.optional_text(command.notes, "notes", longest=1000))
        if not isinstance(command.quantity, Keep):
            changed = replace(changed, quantity=await _recount(uow, item, command.quantity, now))
        changed = replace(changed, updated_at=now)
        await uow.stock.save(changed)
        if changed.quantity != item.quantity:
            await uow.dispatch.adjust(item.id, "recounted", changed.quantity - item.quantity, now, caller_id)
            await announce_stock_change(uow, item.organizer_id, [item.id], now)
        await uow.commit()
    return changed


async def _renamed(uow: CalendarUnitOfWork, item: StockItem, given: str) -> str:
    name = check.text(given, "name", longest=100, code=Code.INVALID_NAME)
    if await uow.stock.name_taken(item.organizer_id, name, other_than=item.id):
        raise CalendarError(Code.DUPLICATE_STOCK_ITEM, "You already have an item of that name.", "name")
    return name


async def _recount(uow: CalendarUnitOfWork, item: StockItem, quantity: int, now: datetime) -> int:
    if item.is_composite:
        raise CalendarError(Code.INVALID_QUANTITY, "A composite has no stock of its own.", "quantity")
    if quantity < 0 or quantity > check.MAX_QUANTITY:
        raise CalendarError(Code.INVALID_QUANTITY, "Enter a quantity of zero or more.", "quantity")
    if quantity < item.out_of_service:
        raise CalendarError(
            Code.INVALID_QUANTITY,
            f"{item.out_of_service} are out of service: repair or write them off first.",
            "quantity",
        )
    uses = await uow.bookings.uses([item.id], now, now + check.HORIZON, CONFIRMED, live_at=now)
    top = peak(uses.get(item.id, []), now, now + check.HORIZON)
    if quantity - item.out_of_service < top.load:
        raise CalendarError(
            Code.STOCK_IN_USE, f"Confirmed bookings use {top.load} at once from now on.", "quantity"
        )
    return quantity


async def repair_stock(caller: Caller, item_id: str, quantity: int, deps: UseCaseDependencies) -> StockItem:
    """Repaired units go back into the usable stock."""
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        item, caller_id = await _locked_item(uow, caller, item_id)
        count = _out_of_service(item, quantity)
        changed = replace(item, out_of_service=item.out_of_service - count, updated_at=now)
        await uow.stock.save(changed)
        await uow.dispatch.adjust(item.id, "repaired", count, now, caller_id)
        await announce_stock_change(uow, item.organizer_id, [item.id], now)
        await uow.commit()
    return changed


async def write_off_stock(
    caller: Caller, item_id: str, quantity: int, reason: str, deps: UseCaseDependencies
) -> StockItem:
    """Written-off units leave the stock for good (owned and out of service both drop). What is usable
    does not change (they left it when found damaged or lost), so no day's load changes either."""
    now = deps.clock()
    why = check.text(reason, "reason", longest=500)
    async with deps.unit_of_work() as uow:
        item, caller_id = await _locked_item(uow, caller, item_id)
        count = _out_of_service(item, quantity)
        changed = replace(
            item, quantity=item.quantity - count, out_of_service=item.out_of_service - count, updated_at=now
        )
        await uow.stock.save(changed)
        await uow.dispatch.adjust(item.id, "written_off", count, now, caller_id, reason=why)
        await uow.commit()
    return changed


def _out_of_service(item: StockItem, quantity: int) -> int:
    if quantity <= 0:
        raise CalendarError(Code.INVALID_QUANTITY, "Enter a quantity of at least 1.", "quantity")
    if quantity > item.out_of_service:
        raise CalendarError(
            Code.NOT_ENOUGH_OUT_OF_SERVICE, f"Only {item.out_of_service} are out of service.", "quantity"
        )
    return quantity
