"""updateBooking: open bookings change field by field; changed items of a confirmed booking are
checked against stock under the confirmation's lock; closed bookings and stale versions are refused."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices
from calendar_service.domain.errors import CalendarError, CalendarErrorCode, StockShortage
from calendar_service.domain.vocabulary import EventKind
from calendar_service.service_layer.booking_updates import update_booking
from calendar_service.service_layer.bookings import (
    cancel_booking,
    complete_booking,
    confirm_booking,
    create_booking,
    get_booking,
)
from calendar_service.service_layer.commands import BookingAction, UpdateBooking, VenueDraft
from calendar_service.service_layer.stock import create_stock_item
from servicekit.errors import Forbidden, InvalidInput

from .scenarios import chairs, organizer, stock_line, wedding
from .test_events import outbox_of

Code = CalendarErrorCode


async def activity_of(services: CalendarServices, booking_id: str) -> list[Any]:
    async with services.sessions() as session:
        rows = await session.execute(
            sa.text("SELECT action, changes FROM booking_activity WHERE booking_id = :b ORDER BY id"),
            {"b": booking_id},
        )
        return list(rows)


async def test_details_change_with_the_fields_logged_and_no_items_event(services: CalendarServices) -> None:
    me = organizer()
    booking = await create_booking(wedding(me), services.deps)
    changed = await update_booking(
        UpdateBooking(me, str(booking.id), event_name="Sravani weds Karthik (reception)", notes="Veg only"),
        services.deps,
    )
    assert (changed.event_name, changed.notes, changed.version) == (
        "Sravani weds Karthik (reception)",
        "Veg only",
        2,
    )
    action, changes = (await activity_of(services, str(booking.id)))[-1]
    assert action == "updated"
    assert {c["field"] for c in changes} == {"eventName", "notes"}
    assert [e["type"] for e in await outbox_of(services, str(booking.id))] == ["calendar.booking.created"]


async def test_changed_items_publish_items_changed_with_the_new_lines(services: CalendarServices) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me), services.deps)
    booking = await create_booking(wedding(me, (str(item.id), 100)), services.deps)
    await update_booking(
        UpdateBooking(me, str(booking.id), line_items=[stock_line(str(item.id), 150)]), services.deps
    )
    events = await outbox_of(services, str(booking.id))
    assert events[-1]["type"] == "calendar.booking.items_changed"
    assert [line["quantity"] for line in events[-1]["payload"]["line_items"]] == [150]
    assert (await activity_of(services, str(booking.id)))[-1][0] == "items_changed"


async def test_a_confirmed_booking_cannot_grow_past_the_stock_and_keeps_its_items(
    services: CalendarServices,
) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me, quantity=300), services.deps)
    first = await create_booking(wedding(me, (str(item.id), 200)), services.deps)
    second = await create_booking(wedding(me, (str(item.id), 50)), services.deps)
    await confirm_booking(BookingAction(me, str(first.id)), services.deps)
    await confirm_booking(BookingAction(me, str(second.id)), services.deps)

    with pytest.raises(StockShortage) as refused:
        await update_booking(
            UpdateBooking(me, str(second.id), line_items=[stock_line(str(item.id), 120)]), services.deps
        )
    assert [(s.wanted, s.available, s.short_by) for s in refused.value.shortages] == [(120, 100, 20)]
    assert [h.id for h in refused.value.shortages[0].held_by] == [first.id]
    kept = await get_booking(me, str(second.id), services.deps)
    assert [line.quantity for line in kept.line_items] == [50]

    grown = await update_booking(
        UpdateBooking(me, str(second.id), line_items=[stock_line(str(item.id), 100)]), services.deps
    )
    assert [line.quantity for line in grown.line_items] == [100]


async def test_shrinking_a_confirmed_booking_frees_its_units_for_another(services: CalendarServices) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me, quantity=300), services.deps)
    first = await create_booking(wedding(me, (str(item.id), 300)), services.deps)
    await confirm_booking(BookingAction(me, str(first.id)), services.deps)
    second = await create_booking(wedding(me, (str(item.id), 100)), services.deps)
    await update_booking(
        UpdateBooking(me, str(first.id), line_items=[stock_line(str(item.id), 200)]), services.deps
    )
    confirmed = await confirm_booking(BookingAction(me, str(second.id)), services.deps)
    assert confirmed.status.value == "confirmed"


@pytest.mark.parametrize("close", ["cancel", "complete"])
async def test_a_closed_booking_cannot_be_edited(services: CalendarServices, close: str) -> None:
    me = organizer()
    booking = await create_booking(wedding(me), services.deps)
    if close == "cancel":
        await cancel_booking(BookingAction(me, str(booking.id), reason="Postponed"), services.deps)
    else:
        await confirm_booking(BookingAction(me, str(booking.id)), services.deps)
        await complete_booking(BookingAction(me, str(booking.id)), services.deps)
    with pytest.raises(CalendarError) as refused:
        await update_booking(UpdateBooking(me, str(booking.id), notes="late"), services.deps)
    assert refused.value.code == Code.BOOKING_CLOSED


async def test_an_edit_from_an_old_version_is_refused(services: CalendarServices) -> None:
    me = organizer()
    booking = await create_booking(wedding(me), services.deps)
    await update_booking(UpdateBooking(me, str(booking.id), kind=EventKind.ENGAGEMENT), services.deps)
    with pytest.raises(CalendarError) as refused:
        await update_booking(UpdateBooking(me, str(booking.id), expected_version=1, notes="x"), services.deps)
    assert (refused.value.code, refused.value.field) == (Code.STALE_VERSION, "expectedVersion")


async def test_every_bad_field_is_reported_at_once_and_nothing_changes(services: CalendarServices) -> None:
    me = organizer()
    other = await create_stock_item(chairs(organizer()), services.deps)
    booking = await create_booking(wedding(me), services.deps)
    with pytest.raises(InvalidInput) as refused:
        await update_booking(
            UpdateBooking(
                me,
                str(booking.id),
                event_name=" ",
                venue=VenueDraft("Hall", "Hyderabad", "36", "12345"),
                line_items=[stock_line(str(other.id), 5)],
                advance_paise=-1,
            ),
            services.deps,
        )
    assert {(e.code, e.field) for e in refused.value.errors} == {
        (Code.INVALID_NAME, "eventName"),
        (Code.INVALID_PIN_CODE, "venue.pinCode"),
        (Code.UNKNOWN_STOCK_ITEM, "lineItems.0.stockItemId"),
        (Code.INVALID_AMOUNT, "advancePaise"),
    }
    kept = await get_booking(me, str(booking.id), services.deps)
    assert (kept.event_name, kept.version) == (booking.event_name, 1)


async def test_another_organizer_cannot_edit_the_booking(services: CalendarServices) -> None:
    booking = await create_booking(wedding(organizer()), services.deps)
    with pytest.raises(Forbidden):
        await update_booking(UpdateBooking(organizer(), str(booking.id), notes="mine"), services.deps)
