"""The stock screen's changes besides new items: units out of service put back or written off from
their item's card, and the capacity per day of a business without item stock."""

from __future__ import annotations

from typing import Any

from eventxperts_app.features.calendar import operations
from eventxperts_app.features.calendar.models import CapacityUnit
from eventxperts_app.features.calendar.parsing import parse_capacity, parse_stock_item_payload
from eventxperts_app.features.calendar.stock_screen import StockScreen
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...control_texts import shown_texts
from ...languages import switch
from ...texts import EN
from .sdl_answers import answered


def chairs_json(out_of_service: int) -> dict[str, Any]:
    return {
        "id": "s-1",
        "name": "Chairs",
        "unit": "chairs",
        "quantity": 500,
        "usable": 500 - out_of_service,
        "outOfService": out_of_service,
        "dailyRentPaise": None,
        "parts": [],
    }


def repaired_chairs(out_of_service: int) -> dict[str, Any]:
    payload = {"item": chairs_json(out_of_service), "errors": []}
    data = answered(operations.REPAIR_STOCK, {"repairStock": payload}, {"id": "s-1", "quantity": 1})
    return data


def screen_with_chairs(ctx: AppContext, out_of_service: int) -> StockScreen:
    screen = StockScreen(ctx)
    item = parse_stock_item_payload(repaired_chairs(out_of_service), "repairStock").item
    assert item is not None
    screen.items = (item,)
    screen._render()
    return screen


def test_units_out_of_service_are_shown_with_the_way_to_repair_or_write_them_off(ctx: AppContext) -> None:
    screen = screen_with_chairs(ctx, 3)
    texts = shown_texts(*screen.controls)
    assert {"497 of 500 chairs usable", "3 out of service (damaged or lost)", "Repair or write off"} <= set(
        texts
    )
    switch(ctx, screen, Language.TE)
    assert "3 వాడుకలో లేవు (పాడైనవి లేదా పోయినవి)" in shown_texts(*screen.controls)


def test_an_item_with_every_unit_usable_offers_no_repair(ctx: AppContext) -> None:
    assert "Repair or write off" not in shown_texts(*screen_with_chairs(ctx, 0).controls)


async def test_writing_off_asks_why_and_a_readable_number_before_sending(ctx: AppContext) -> None:
    card = screen_with_chairs(ctx, 3).cards["s-1"]
    await card._show_repair()
    await card._write_off()
    assert (card.quantity.error, card.reason.error) == (EN.error("INVALID_QUANTITY"), EN.error("REQUIRED"))
    card.quantity.value = "2"
    await card._write_off()
    assert (card.quantity.error, card.reason.error) == (None, EN.error("REQUIRED"))


def test_the_capacity_per_day_reads_in_words(ctx: AppContext) -> None:
    screen = StockScreen(ctx)
    data = answered(operations.DAILY_CAPACITY, {"dailyCapacity": {"unit": "GUESTS", "perDay": 800}})
    capacity = parse_capacity(data["dailyCapacity"])
    assert capacity is not None
    assert capacity.unit is CapacityUnit.GUESTS
    screen.capacity._show(capacity)
    assert "Now: 800 Guests a day" in shown_texts(*screen.controls)
    screen.capacity._show(None)
    texts = shown_texts(*screen.controls)
    assert "No capacity per day set: bookings are checked against your stock items only." in texts
    assert "Clear capacity" not in texts
