"""Mutations of stock, capacity, dispatch and return."""

from __future__ import annotations

from collections.abc import Awaitable

import strawberry
from servicekit.errors import DomainError

from calendar_service.api.graphql import described
from calendar_service.api.graphql.context import CalendarInfo, caller_of, services_of
from calendar_service.api.graphql.dispatch_mapping import dispatch_sheet_type, return_check_type
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
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.stock import StockItem
from calendar_service.service_layer.capacity import clear_daily_capacity, set_daily_capacity
from calendar_service.service_layer.commands import CreateStockItem
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.dispatch import record_dispatch, record_return
from calendar_service.service_layer.dispatch_views import dispatch_view
from calendar_service.service_layer.stock import create_stock_item
from calendar_service.service_layer.stock_changes import repair_stock, update_stock_item, write_off_stock


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
        if input.parts is not strawberry.UNSET:
            error = CalendarError(
                CalendarErrorCode.INVALID_PARTS, "A composite's parts are set when it is created.", "parts"
            )
            return StockItemPayload(errors=errors_of(error))
        return await _item_payload(update_stock_item(input.command(caller_of(info), str(id)), _deps(info)))

    @described.mutation("Repaired units go back into the usable stock.")
    async def repair_stock(self, info: CalendarInfo, id: strawberry.ID, quantity: int) -> StockItemPayload:
        return await _item_payload(repair_stock(caller_of(info), str(id), quantity, _deps(info)))

    @described.mutation("Written-off units leave the stock for good.")
    async def write_off_stock(
        self, info: CalendarInfo, id: strawberry.ID, quantity: int, reason: str
    ) -> StockItemPayload:
        return await _item_payload(write_off_stock(caller_of(info), str(id), quantity, reason, _deps(info)))

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
        try:
            await record_dispatch(input.command(caller_of(info), str(booking_id)), _deps(info))
            view = await dispatch_view(caller_of(info), str(booking_id), _deps(info))
        except DomainError as error:
            return DispatchSheetPayload(errors=errors_of(error))
        return DispatchSheetPayload(
            dispatch_sheet=dispatch_sheet_type(view.booking_id, view.planned, view.dispatch, view.items)
        )

    @described.mutation("Record what came back: damaged and lost units leave the usable stock.")
    async def record_return(
        self, info: CalendarInfo, booking_id: strawberry.ID, input: ReturnInput
    ) -> ReturnCheckPayload:
        try:
            checked = await record_return(input.command(caller_of(info), str(booking_id)), _deps(info))
            view = await dispatch_view(caller_of(info), str(booking_id), _deps(info))
        except DomainError as error:
            return ReturnCheckPayload(errors=errors_of(error))
        return ReturnCheckPayload(return_check=return_check_type(checked, view.items))


def _deps(info: CalendarInfo) -> UseCaseDependencies:
    return services_of(info).deps


async def _item_payload(result: Awaitable[StockItem]) -> StockItemPayload:
    try:
        item = await result
    except DomainError as error:
        return StockItemPayload(errors=errors_of(error))
    return StockItemPayload(item=stock_item_type(item))
