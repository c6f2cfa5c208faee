"""Inputs of the stock, capacity, dispatch and return mutations."""

from __future__ import annotations

import strawberry

from calendar_service.api.graphql.enums import CapacityUnit
from calendar_service.api.graphql.scalars import Paise


@strawberry.input(name="StockPartInput")
class StockPartInput:
    item_id: strawberry.ID
    quantity: int


@strawberry.input(
    name="CreateStockItemInput", description="Give parts for a composite item, else a quantity."
)
class CreateStockItemInput:
    name: str
    unit: str
    quantity: int = 0
    daily_rent_paise: Paise | None = None
    parts: list[StockPartInput] = strawberry.field(default_factory=list)
    notes: str | None = None


@strawberry.input(name="UpdateStockItemInput", description="Only the fields given change.")
class UpdateStockItemInput:
    name: str | None = strawberry.UNSET
    unit: str | None = strawberry.UNSET
    quantity: int | None = strawberry.UNSET
    daily_rent_paise: Paise | None = strawberry.UNSET
    parts: list[StockPartInput] | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET


@strawberry.input(name="CapacityInput")
class CapacityInput:
    unit: CapacityUnit
    per_day: int


@strawberry.input(name="DispatchLineInput")
class DispatchLineInput:
    stock_item_id: strawberry.ID
    quantity: int


@strawberry.input(name="DispatchInput", description="Lines default to what the booking reserves.")
class DispatchInput:
    loaded_by: str
    vehicle: str | None = None
    notes: str | None = None
    lines: list[DispatchLineInput] | None = None


@strawberry.input(name="ReturnLineInput")
class ReturnLineInput:
    stock_item_id: strawberry.ID
    returned: int
    damaged: int = 0
    lost: int = 0
    charge_paise: Paise = Paise(0)
    note: str | None = None


@strawberry.input(name="ReturnInput", description="One line per dispatched item.")
class ReturnInput:
    checked_by: str
    lines: list[ReturnLineInput]
