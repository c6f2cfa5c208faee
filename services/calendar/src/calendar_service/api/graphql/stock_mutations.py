"""Mutations of stock, capacity, dispatch and return."""

from __future__ import annotations

import strawberry
from servicekit.errors import DomainError

from calendar_service.api.graphql import described
from calendar_service.api.graphql.context import CalendarInfo, caller_of, services_of
from calendar_service.api.graphql.errors import errors_of
from calendar_service.api.graphql.payloads import (
    CapacityPayload,
    DispatchSheetPayload,
    ReturnCheckPayload,
    StockItemPayload,
)
from calendar_service.api.graphql.stock_inputs import (
    CapacityInput,
    CreateStockItemInput,
    DispatchInput,
    ReturnInput,
    UpdateStockItemInput,
)
from calendar_service.api.graphql.stock_mapping import capacity_type, stock_item_type
from calendar_service.domain.errors import not_implemented
from calendar_service.service_layer.capacity import clear_daily_capacity, set_daily_capacity
from calendar_service.service_layer.commands import CreateStockItem
from calendar_service.service_layer.stock import create_stock_item


@strawberry.type
class StockMutations:
    @strawberry.mutation
    async def create_stock_item(self, info: CalendarInfo, input: CreateStockItemInput) -> StockItemPayload:
        command = CreateStockItem(
            caller=caller_of(info),
            name=input.name,
            unit=input.unit,
            quantity=input.quantity,
            daily_rent_paise=input.daily_rent_paise,
            parts=[(str(p.item_id), p.quantity) for p in input.parts],
            notes=input.notes,
        )
        try:
            item = await create_stock_item(command, services_of(info).deps)
        except DomainError as error:
            return StockItemPayload(errors=errors_of(error))
        return StockItemPayload(item=stock_item_type(item))

    @described.mutation("Lowering the quantity below what confirmed bookings use is refused.")
    async def update_stock_item(
        self, info: CalendarInfo, id: strawberry.ID, input: UpdateStockItemInput
    ) -> StockItemPayload:
        return StockItemPayload(errors=errors_of(not_implemented("updateStockItem")))

    @described.mutation("Repaired units go back into the usable stock.")
    async def repair_stock(self, info: CalendarInfo, id: strawberry.ID, quantity: int) -> StockItemPayload:
        return StockItemPayload(errors=errors_of(not_implemented("repairStock")))

    @described.mutation("Written-off units leave the stock for good.")
    async def write_off_stock(
        self, info: CalendarInfo, id: strawberry.ID, quantity: int, reason: str
    ) -> StockItemPayload:
        return StockItemPayload(errors=errors_of(not_implemented("writeOffStock")))

    @described.mutation("Count events or guests per day instead of (or beside) item stock.")
    async def set_daily_capacity(self, info: CalendarInfo, input: CapacityInput) -> CapacityPayload:
        deps = services_of(info).deps
        try:
            capacity = await set_daily_capacity(caller_of(info), input.unit, input.per_day, deps)
        except DomainError as error:
            return CapacityPayload(errors=errors_of(error))
        return CapacityPayload(capacity=capacity_type(capacity))

    @strawberry.mutation
    async def clear_daily_capacity(self, info: CalendarInfo) -> CapacityPayload:
        try:
            await clear_daily_capacity(caller_of(info), services_of(info).deps)
        except DomainError as error:
            return CapacityPayload(errors=errors_of(error))
        return CapacityPayload()

    @described.mutation("Record what left the godown for a confirmed booking, and who loaded it.")
    async def record_dispatch(
        self, info: CalendarInfo, booking_id: strawberry.ID, input: DispatchInput
    ) -> DispatchSheetPayload:
        return DispatchSheetPayload(errors=errors_of(not_implemented("recordDispatch")))

    @described.mutation("Record what came back: damaged and lost units leave the usable stock.")
    async def record_return(
        self, info: CalendarInfo, booking_id: strawberry.ID, input: ReturnInput
    ) -> ReturnCheckPayload:
        return ReturnCheckPayload(errors=errors_of(not_implemented("recordReturn")))
