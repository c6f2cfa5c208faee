"""Dispatch sheets and return checks to their graph types."""

from __future__ import annotations

import uuid

import strawberry

from calendar_service.api.graphql.dispatch_types import (
    DispatchLineType,
    DispatchSheetType,
    ReturnCheckType,
    ReturnLineType,
)
from calendar_service.api.graphql.scalars import Paise
from calendar_service.api.graphql.stock_types import StockItemRefType
from calendar_service.domain.dispatch import Dispatch, ReturnCheck
from calendar_service.domain.stock import StockItem


def _ref(item_id: uuid.UUID, items: dict[uuid.UUID, StockItem]) -> StockItemRefType:
    item = items.get(item_id)
    return StockItemRefType(
        id=strawberry.ID(str(item_id)), name=item.name if item else "", unit=item.unit if item else ""
    )


def dispatch_sheet_type(
    booking_id: uuid.UUID,
    planned: dict[uuid.UUID, int],
    dispatch: Dispatch | None,
    items: dict[uuid.UUID, StockItem],
) -> DispatchSheetType:
    sent = {line.item_id: line.quantity for line in dispatch.lines} if dispatch else {}
    ids = sorted(set(planned) | set(sent), key=lambda i: (items[i].name.lower() if i in items else "", i))
    return DispatchSheetType(
        booking_id=strawberry.ID(str(booking_id)),
        lines=[
            DispatchLineType(
                item=_ref(i, items),
                planned=planned.get(i, 0),
                dispatched=sent.get(i, 0) if dispatch else None,
            )
            for i in ids
        ],
        dispatched_at=dispatch.dispatched_at if dispatch else None,
        loaded_by=dispatch.loaded_by if dispatch else None,
        vehicle=dispatch.vehicle if dispatch else None,
        notes=dispatch.notes if dispatch else None,
    )


def return_check_type(check: ReturnCheck, items: dict[uuid.UUID, StockItem]) -> ReturnCheckType:
    return ReturnCheckType(
        booking_id=strawberry.ID(str(check.booking_id)),
        checked_at=check.checked_at,
        checked_by=check.checked_by,
        lines=[
            ReturnLineType(
                item=_ref(line.item_id, items),
                dispatched=line.dispatched,
                returned=line.returned,
                damaged=line.damaged,
                lost=line.lost,
                charge_paise=Paise(line.charge_paise),
                note=line.note,
            )
            for line in check.lines
        ],
        damage_charges_paise=Paise(check.damage_charges_paise),
    )
