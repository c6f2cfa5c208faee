"""Inputs of the stock, capacity, dispatch and return mutations."""

from __future__ import annotations

import strawberry
from servicekit.auth import Caller

from calendar_service.api.graphql.enums import CapacityUnit
from calendar_service.api.graphql.scalars import Paise
from calendar_service.service_layer import commands as cmd


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

    def command(self, caller: Caller, item_id: str) -> cmd.UpdateStockItem:
        keep = cmd.KEEP
        return cmd.UpdateStockItem(
            caller=caller,
            item_id=item_id,
            name=keep if self.name is None or self.name is strawberry.UNSET else self.name,
            unit=keep if self.unit is None or self.unit is strawberry.UNSET else self.unit,
            quantity=keep if self.quantity is None or self.quantity is strawberry.UNSET else self.quantity,
            daily_rent_paise=keep if self.daily_rent_paise is strawberry.UNSET else self.daily_rent_paise,
            notes=keep if self.notes is strawberry.UNSET else self.notes,
        )


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

    def command(self, caller: Caller, booking_id: str) -> cmd.RecordDispatch:
        lines = [(str(line.stock_item_id), line.quantity) for line in self.lines] if self.lines else None
        return cmd.RecordDispatch(caller, booking_id, self.loaded_by, self.vehicle, self.notes, lines)


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

    def command(self, caller: Caller, booking_id: str) -> cmd.RecordReturn:
        drafts = [
            cmd.ReturnLineDraft(str(x.stock_item_id), x.returned, x.damaged, x.lost, x.charge_paise, x.note)
            for x in self.lines
        ]
        return cmd.RecordReturn(caller, booking_id, self.checked_by, drafts)
