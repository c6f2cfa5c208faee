"""Dispatch and return: the sheet of what leaves the godown for a confirmed booking, and the check of
what came back. Damaged and lost units leave the usable stock (stock_items.out_of_service) until
repaired or written off; their charges stay with the booking and travel in its later events."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import NoReturn

from servicekit.errors import InputChecks

from calendar_service.domain import booking_checks as check
from calendar_service.domain.activity import ActivityAction, ActivityEntry
from calendar_service.domain.booking import Booking
from calendar_service.domain.dispatch import Dispatch, DispatchLine, ReturnCheck, ReturnLine
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.stock import StockItem
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.service_layer.authorization import Operation
from calendar_service.service_layer.availability_events import announce_stock_change
from calendar_service.service_layer.booking_loading import booking_for
from calendar_service.service_layer.commands import RecordDispatch, RecordReturn, ReturnLineDraft
from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.events import booking_dispatched
from calendar_service.service_layer.stock_guard import planned
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork

Code = CalendarErrorCode


def _confirmed(booking: Booking, now: datetime, what: str) -> None:
    booking.ensure_editable(now)
    if booking.status is not BookingStatus.CONFIRMED:
        raise CalendarError(Code.INVALID_TRANSITION, f"Only a confirmed booking's {what} is recorded.")


async def record_dispatch(command: RecordDispatch, deps: UseCaseDependencies) -> Dispatch:
    """Recorded again, it replaces the sheet, until the return is checked."""
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        booking, caller_id = await booking_for(
            uow, command.caller, command.booking_id, Operation.RECORD_DISPATCH
        )
        _confirmed(booking, now, "dispatch")
        if await uow.dispatch.return_of(booking.id) is not None:
            raise CalendarError(Code.INVALID_TRANSITION, "The return is checked: the dispatch cannot change.")
        checks = InputChecks()
        loaded_by = checks.check(partial(check.text, command.loaded_by, "loadedBy", longest=100))
        vehicle = checks.check(partial(check.optional_text, command.vehicle, "vehicle", longest=100))
        notes = checks.check(partial(check.optional_text, command.notes, "notes", longest=1000))
        lines = await _dispatch_lines(uow, booking, command.lines, checks)
        checks.raise_failures()
        assert loaded_by is not None
        dispatch = Dispatch(booking.id, now, caller_id, loaded_by, vehicle, notes, lines)
        await uow.dispatch.save_dispatch(dispatch)
        note = f"loaded by {loaded_by}" + (f", {vehicle}" if vehicle else "")
        await uow.bookings.record(
            booking.id, ActivityEntry(now, caller_id, ActivityAction.DISPATCHED, note=note)
        )
        if dispatch.lines:
            loaded = await uow.stock.of_organizer(booking.organizer_id, {ln.item_id for ln in lines})
            uow.publish(booking_dispatched(booking, dispatch, loaded, caller_id, now))
        await uow.commit()
    return dispatch


async def _dispatch_lines(
    uow: CalendarUnitOfWork, booking: Booking, given: list[tuple[str, int]] | None, checks: InputChecks
) -> tuple[DispatchLine, ...]:
    if given is None:
        return tuple(DispatchLine(k, q) for k, q in sorted((await planned(uow, booking)).items()))
    named = {i for i in (_parsed(raw) for raw, _ in given) if i is not None}
    items = await uow.stock.of_organizer(booking.organizer_id, named)
    lines = [checks.check(partial(_dispatch_line, raw, n, i, items)) for i, (raw, n) in enumerate(given)]
    found = [line for line in lines if line is not None]
    if len({line.item_id for line in found}) != len(found):
        checks.check(partial(_unknown, "lines", "Name each item once."))
    return tuple(sorted(found, key=lambda line: line.item_id))


def _parsed(raw: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(raw)
    except ValueError:
        return None


def _dispatch_line(raw: str, quantity: int, index: int, items: dict[uuid.UUID, StockItem]) -> DispatchLine:
    field = f"lines.{index}"
    item = items.get(_parsed(raw) or uuid.UUID(int=0))
    if item is None or item.is_composite:
        _unknown(f"{field}.stockItemId")
    count = check.quantity(quantity, f"{field}.quantity")
    if count > item.quantity:
        raise CalendarError(Code.INVALID_QUANTITY, "More than you own of that item.", f"{field}.quantity")
    return DispatchLine(item.id, count)


def _unknown(field: str, message: str = "Name a plain stock item of yours.") -> NoReturn:
    raise CalendarError(Code.UNKNOWN_STOCK_ITEM, message, field)


async def record_return(command: RecordReturn, deps: UseCaseDependencies) -> ReturnCheck:
    """Every dispatched unit accounted for: returned + damaged + lost = dispatched, one line per item."""
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        booking, caller_id = await booking_for(
            uow, command.caller, command.booking_id, Operation.RECORD_RETURN
        )
        _confirmed(booking, now, "return")
        dispatch = await uow.dispatch.dispatch_of(booking.id)
        if dispatch is None:
            raise CalendarError(Code.NOT_DISPATCHED, "Record what left the godown first.")
        if await uow.dispatch.return_of(booking.id) is not None:
            raise CalendarError(Code.INVALID_TRANSITION, "The return of this booking is already checked.")
        checked_by = check.text(command.checked_by, "checkedBy", longest=100)
        lines = _return_lines(dispatch, command.lines)
        # Lock the items in id order (as confirmations do) before taking units out of service.
        items = await uow.stock.lock(booking.organizer_id, [line.item_id for line in lines])
        for line in lines:
            if line.out_of_service:
                item = items[line.item_id]
                await uow.stock.save(
                    replace(item, out_of_service=item.out_of_service + line.out_of_service, updated_at=now)
                )
                for kind, count in (("damaged", line.damaged), ("lost", line.lost)):
                    if count:
                        await uow.dispatch.adjust(item.id, kind, count, now, caller_id, booking_id=booking.id)
        result = ReturnCheck(booking.id, now, caller_id, checked_by, lines)
        await uow.dispatch.add_return(result)
        booking.damage_charges_paise = result.damage_charges_paise
        booking.touch(now)
        await uow.bookings.save(booking, lines_changed=False)
        note = f"checked by {checked_by}; damage charges {result.damage_charges_paise} paise"
        await uow.bookings.record(
            booking.id, ActivityEntry(now, caller_id, ActivityAction.RETURNED, note=note)
        )
        out = [line.item_id for line in lines if line.out_of_service]
        if out:  # last: the announcement lock is held to the commit (availability_events)
            await announce_stock_change(uow, booking.organizer_id, out, now)
        await uow.commit()
    return result


def _return_lines(dispatch: Dispatch, drafts: list[ReturnLineDraft]) -> tuple[ReturnLine, ...]:
    sent = {line.item_id: line.quantity for line in dispatch.lines}
    checks = InputChecks()
    found: dict[uuid.UUID, ReturnLine] = {}
    for index, draft in enumerate(drafts):
        line = checks.check(partial(_return_line, draft, index, sent))
        if line is not None:
            if line.item_id in found:
                checks.check(partial(_unknown, f"lines.{index}.stockItemId", "Name each item once."))
            found[line.item_id] = line
    if set(sent) - set(found) and not checks.failures:
        checks.check(partial(_unknown, "lines", "Give one line for every dispatched item."))
    checks.raise_failures()
    return tuple(found[k] for k in sorted(found))


def _return_line(draft: ReturnLineDraft, index: int, sent: dict[uuid.UUID, int]) -> ReturnLine:
    field = f"lines.{index}"
    item_id = check.stock_item_id(draft.stock_item_id, f"{field}.stockItemId")
    if item_id not in sent:
        raise CalendarError(Code.UNKNOWN_STOCK_ITEM, "That item was not dispatched.", f"{field}.stockItemId")
    counts = (draft.returned, draft.damaged, draft.lost)
    if min(counts) < 0:
        raise CalendarError(Code.INVALID_QUANTITY, "Counts are zero or more.", f"{field}.returned")
    if sum(counts) > sent[item_id]:
        raise CalendarError(Code.RETURN_EXCEEDS_DISPATCH, f"Only {sent[item_id]} were dispatched.", field)
    if sum(counts) < sent[item_id]:
        raise CalendarError(
            Code.INVALID_QUANTITY,
            f"Account for all {sent[item_id]} dispatched: returned, damaged or lost.",
            field,
        )
    charge = check.amount(draft.charge_paise, f"{field}.chargePaise")
    note = check.optional_text(draft.note, f"{field}.note", longest=500)
    return ReturnLine(item_id, sent[item_id], draft.returned, draft.damaged, draft.lost, charge, note)
