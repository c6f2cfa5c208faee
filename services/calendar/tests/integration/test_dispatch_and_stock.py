"""Dispatch and return, repair and write-off, recounts: damaged and lost units leave the usable stock
until repaired or written off; their charges travel in the booking's completed event."""

from __future__ import annotations

from typing import Any

import pytest
from calendar_service.bootstrap import CalendarServices
from calendar_service.domain.days import days_touched
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.service_layer.bookings import complete_booking, confirm_booking, create_booking
from calendar_service.service_layer.commands import (
    BookingAction,
    CreateStockItem,
    RecordDispatch,
    RecordReturn,
    ReturnLineDraft,
    UpdateStockItem,
)
from calendar_service.service_layer.dispatch import record_dispatch, record_return
from calendar_service.service_layer.dispatch_views import dispatch_view
from calendar_service.service_layer.stock import create_stock_item, get_stock_item
from calendar_service.service_layer.stock_changes import repair_stock, update_stock_item, write_off_stock
from servicekit.auth import Caller
from servicekit.errors import Forbidden

from .scenarios import chairs, organizer, wedding
from .test_events import outbox_of

Code = CalendarErrorCode


async def confirmed_wedding(
    services: CalendarServices, me: Caller, chairs_used: int = 100
) -> tuple[str, str]:
    item = await create_stock_item(chairs(me, quantity=200), services.deps)
    booking = await create_booking(wedding(me, (str(item.id), chairs_used)), services.deps)
    await confirm_booking(BookingAction(me, str(booking.id)), services.deps)
    return str(item.id), str(booking.id)


async def test_a_dispatch_is_published_and_damaged_and_lost_chairs_are_charged_at_completion(
    services: CalendarServices,
) -> None:
    me = organizer()
    item_id, booking_id = await confirmed_wedding(services, me)
    sheet = await record_dispatch(RecordDispatch(me, booking_id, "Raju", "AP 09 TX 4521"), services.deps)
    assert [(str(line.item_id), line.quantity) for line in sheet.lines] == [(item_id, 100)]
    dispatched = (await outbox_of(services, booking_id))[-1]
    assert dispatched["type"] == "calendar.booking.dispatched"
    assert dispatched["payload"]["dispatch"]["vehicle"] == "AP 09 TX 4521"
    assert [
        (line["stock_item_id"], line["name"], line["quantity"])
        for line in dispatched["payload"]["dispatch"]["lines"]
    ] == [(item_id, "Plastic chairs", 100)]

    line = ReturnLineDraft(item_id, returned=95, damaged=3, lost=2, charge_paise=250_00, note="3 legs broken")
    checked = await record_return(RecordReturn(me, booking_id, "Venkat", [line]), services.deps)
    assert checked.damage_charges_paise == 250_00
    item, _ = await get_stock_item(me, item_id, services.deps)
    assert (item.quantity, item.out_of_service, item.usable) == (200, 5, 195)

    await complete_booking(BookingAction(me, booking_id), services.deps)
    completed = (await outbox_of(services, booking_id))[-1]["payload"]
    assert completed["damage_charges_paise"] == 250_00
    assert completed["damage_charges"] == [
        {
            "stock_item_id": item_id,
            "item_name": "Plastic chairs",
            "damaged": 3,
            "lost": 2,
            "charge_paise": 250_00,
            "note": "3 legs broken",
        }
    ]
    view = await dispatch_view(me, booking_id, services.deps)
    assert view.dispatch is not None
    assert view.returned is not None

    repaired = await repair_stock(me, item_id, 3, services.deps)
    assert (repaired.out_of_service, repaired.usable) == (2, 198)
    gone = await write_off_stock(me, item_id, 2, "Lost at the venue", services.deps)
    assert (gone.quantity, gone.out_of_service, gone.usable) == (198, 0, 198)
    with pytest.raises(CalendarError) as refused:
        await repair_stock(me, item_id, 1, services.deps)
    assert refused.value.code == Code.NOT_ENOUGH_OUT_OF_SERVICE


async def test_a_return_must_account_for_every_dispatched_unit(services: CalendarServices) -> None:
    me = organizer()
    item_id, booking_id = await confirmed_wedding(services, me)
    with pytest.raises(CalendarError) as not_sent:
        await record_return(
            RecordReturn(me, booking_id, "Venkat", [ReturnLineDraft(item_id, 100)]), services.deps
        )
    assert not_sent.value.code == Code.NOT_DISPATCHED
    await record_dispatch(RecordDispatch(me, booking_id, "Raju"), services.deps)
    for line, code in (
        (ReturnLineDraft(item_id, returned=99, damaged=2), Code.RETURN_EXCEEDS_DISPATCH),
        (ReturnLineDraft(item_id, returned=90), Code.INVALID_QUANTITY),
    ):
        with pytest.raises(CalendarError) as refused:
            await record_return(RecordReturn(me, booking_id, "Venkat", [line]), services.deps)
        assert refused.value.code == code


async def test_only_a_confirmed_booking_is_dispatched(services: CalendarServices) -> None:
    me = organizer()
    booking = await create_booking(wedding(me), services.deps)
    with pytest.raises(CalendarError) as refused:
        await record_dispatch(RecordDispatch(me, str(booking.id), "Raju"), services.deps)
    assert refused.value.code == Code.INVALID_TRANSITION


async def test_a_recount_below_what_confirmed_bookings_use_is_refused(services: CalendarServices) -> None:
    me = organizer()
    item_id, _ = await confirmed_wedding(services, me, chairs_used=150)
    with pytest.raises(CalendarError) as refused:
        await update_stock_item(UpdateStockItem(me, item_id, quantity=149), services.deps)
    assert (refused.value.code, refused.value.field) == (Code.STOCK_IN_USE, "quantity")
    recounted = await update_stock_item(
        UpdateStockItem(me, item_id, quantity=150, name="Chairs"), services.deps
    )
    assert (recounted.quantity, recounted.name) == (150, "Chairs")


async def test_another_organizers_stock_cannot_be_changed(services: CalendarServices) -> None:
    item_id, _ = await confirmed_wedding(services, organizer())
    with pytest.raises(Forbidden):
        await update_stock_item(UpdateStockItem(organizer(), item_id, quantity=1), services.deps)


async def test_every_change_of_the_usable_stock_announces_the_days_that_use_it(
    services: CalendarServices,
) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me, quantity=200), services.deps)
    lights = await create_stock_item(
        CreateStockItem(me, name="Light sets", unit="set", quantity=40), services.deps
    )
    idle = await create_stock_item(CreateStockItem(me, name="Fans", unit="fan", quantity=10), services.deps)
    booking = await create_booking(wedding(me, (str(item.id), 100), (str(lights.id), 10)), services.deps)
    booking_id = str(booking.id)
    await confirm_booking(BookingAction(me, booking_id), services.deps)
    seen = len(await outbox_of(services, str(me.user_id)))

    async def announced() -> list[dict[str, Any]]:
        nonlocal seen
        events = await outbox_of(services, str(me.user_id))
        new, seen = events[seen:], len(events)
        assert {e["type"] for e in new} <= {"calendar.availability.changed"}
        return [e["payload"] for e in new]

    def chairs_free(days: list[dict[str, Any]]) -> set[tuple[str, int, int]]:
        # Each day carries every item in use that day, not only the one changed.
        assert [[i["name"] for i in d["items"]] for d in days] == [["Light sets", "Plastic chairs"]] * 2
        return {(d["day"], i["usable"], i["free"]) for d in days for i in d["items"] if i["unit"] == "chair"}

    # Set-up to tear-down runs past midnight: the wedding uses two local days.
    schedule = booking.schedule
    wedding_days = {d.isoformat() for d in days_touched(schedule.setup_starts_at, schedule.teardown_ends_at)}
    await update_stock_item(UpdateStockItem(me, str(item.id), quantity=180), services.deps)
    assert chairs_free(await announced()) == {(d, 180, 80) for d in wedding_days}

    await record_dispatch(RecordDispatch(me, booking_id, "Raju"), services.deps)
    assert await announced() == []
    line = ReturnLineDraft(str(item.id), returned=95, damaged=3, lost=2)
    lights_back = ReturnLineDraft(str(lights.id), returned=10)
    await record_return(RecordReturn(me, booking_id, "Venkat", [line, lights_back]), services.deps)
    assert chairs_free(await announced()) == {(d, 175, 75) for d in wedding_days}

    await repair_stock(me, str(item.id), 3, services.deps)
    assert chairs_free(await announced()) == {(d, 178, 78) for d in wedding_days}
    # Written-off units had already left the usable stock: no day's load changes.
    await write_off_stock(me, str(item.id), 2, "Lost at the venue", services.deps)
    # Nobody uses the fans: every day has all of them free, before and after.
    await update_stock_item(UpdateStockItem(me, str(idle.id), quantity=12), services.deps)
    assert await announced() == []
