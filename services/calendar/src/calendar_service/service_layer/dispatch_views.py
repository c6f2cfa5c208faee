"""What a booking takes out and brings back, as its dispatch sheet and return check show it: read for
many bookings at once (the graph's dataloader gathers a request's bookings), in the same few
statements whether a list holds one booking or a hundred."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from servicekit.auth import Caller
from servicekit.errors import DomainError

from calendar_service.domain.booking import Booking
from calendar_service.domain.dispatch import Dispatch, ReturnCheck
from calendar_service.domain.stock import StockItem, explode
from calendar_service.service_layer.booking_reads import readable
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.stock_guard import wanted_of
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork


@dataclass(frozen=True)
class DispatchView:
    booking_id: uuid.UUID
    planned: dict[uuid.UUID, int]
    dispatch: Dispatch | None
    returned: ReturnCheck | None
    # The items named, by id (for their names and units).
    items: dict[uuid.UUID, StockItem]


async def dispatch_view(caller: Caller, booking_id: str, deps: UseCaseDependencies) -> DispatchView:
    """What the booking plans to take out (plain items), the sheet if dispatched, the return check
    if checked."""
    found = (await dispatch_views(caller, [booking_id], deps))[0]
    if isinstance(found, DomainError):
        raise found
    return found


async def dispatch_views(
    caller: Caller, booking_ids: list[str], deps: UseCaseDependencies
) -> list[DispatchView | DomainError]:
    """Each booking's view, or the error that id alone meets (NOT_FOUND, FORBIDDEN)."""
    async with deps.unit_of_work() as uow:
        found = await readable(uow, caller, booking_ids)
        bookings = [b for b in found.values() if isinstance(b, Booking)]
        ids = [b.id for b in bookings]
        sheets, checks = await uow.dispatch.dispatches_of(ids), await uow.dispatch.returns_of(ids)
        stock = await _stock_of(uow, bookings)
    views: dict[uuid.UUID, DispatchView] = {}
    for booking in bookings:
        items = stock[booking.organizer_id]
        plan = explode(wanted_of(booking), items)
        sheet = sheets.get(booking.id)
        named = set(plan) | ({line.item_id for line in sheet.lines} if sheet else set())
        shown = {k: items[k] for k in named if k in items}
        views[booking.id] = DispatchView(booking.id, plan, sheet, checks.get(booking.id), shown)
    return [_view_or_error(found[raw], views) for raw in booking_ids]


def _view_or_error(
    found: Booking | DomainError, views: dict[uuid.UUID, DispatchView]
) -> DispatchView | DomainError:
    return found if isinstance(found, DomainError) else views[found.id]


async def _stock_of(
    uow: CalendarUnitOfWork, bookings: list[Booking]
) -> dict[uuid.UUID, dict[uuid.UUID, StockItem]]:
    """The stock of each organizer among the bookings (usually one), read once each."""
    stock: dict[uuid.UUID, dict[uuid.UUID, StockItem]] = defaultdict(dict)
    for organizer in {b.organizer_id for b in bookings}:
        stock[organizer] = await uow.stock.all_of(organizer)
    return stock
