"""The dispatch sheet (what leaves the godown for a booking) and the return check (what came back)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from calendar_service.api.graphql.scalars import Paise
from calendar_service.api.graphql.stock_types import StockItemRefType


@strawberry.type(name="DispatchLine")
class DispatchLineType:
    item: StockItemRefType
    planned: int = strawberry.field(
        description="What the booking's line items reserve (parts of composites)."
    )
    dispatched: int | None = strawberry.field(description="What was loaded; null until dispatched.")


@strawberry.type(name="DispatchSheet")
class DispatchSheetType:
    booking_id: strawberry.ID
    lines: list[DispatchLineType]
    dispatched_at: datetime | None
    loaded_by: str | None
    vehicle: str | None
    notes: str | None


@strawberry.type(name="ReturnLine")
class ReturnLineType:
    item: StockItemRefType
    dispatched: int
    returned: int = strawberry.field(description="Came back usable.")
    damaged: int
    lost: int
    charge_paise: Paise = strawberry.field(description="Charged to the client for this line.")
    note: str | None


@strawberry.type(
    name="ReturnCheck",
    description="What came back. Damaged and lost units leave the usable stock until repaired or "
    "written off.",
)
class ReturnCheckType:
    booking_id: strawberry.ID
    checked_at: datetime
    checked_by: str
    lines: list[ReturnLineType]
    damage_charges_paise: Paise
