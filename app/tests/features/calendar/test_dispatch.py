"""A confirmed booking's dispatch sheet and return check: the boxes before each is recorded, what
is shown after, and the variables (quantities, charges in paise) the service gets."""

from __future__ import annotations

from typing import Any

from eventxperts_app.features.calendar import operations
from eventxperts_app.features.calendar.calendar_screen import CalendarScreen
from eventxperts_app.features.calendar.dispatch_parsing import parse_godown_record
from eventxperts_app.features.calendar.forms import ReturnLineForm
from eventxperts_app.features.calendar.godown_variables import dispatch_variables, return_variables
from eventxperts_app.features.calendar.parsing import parse_booking
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...control_texts import shown_texts
from ...languages import switch
from .payloads import booking_json, ref
from .sdl_answers import answered
from .test_screens import DECEMBER

AT = "2026-12-10T02:30:00+00:00"


def record_json(*, dispatched: bool, returned: bool) -> dict[str, Any]:
    line = {"item": ref(), "planned": 80, "dispatched": 80 if dispatched else None}
    sheet = {"lines": [line], "dispatchedAt": AT if dispatched else None, "loadedBy": None, "vehicle": None}
    if dispatched:
        sheet |= {"loadedBy": "Ramu", "vehicle": "AP 09 TA 1234"}
    check = {
        "checkedAt": AT,
        "checkedBy": "Somu",
        "damageChargesPaise": 50000,
        "lines": [
            {
                "item": ref(),
                "dispatched": 80,
                "returned": 77,
                "damaged": 2,
                "lost": 1,
                "chargePaise": 50000,
                "note": None,
            }
        ],
    }
    booking = {"id": "b-1", "dispatchSheet": sheet, "returnCheck": check if returned else None}
    return answered(operations.GODOWN_RECORD, {"booking": booking}, {"id": "b-1"})


def detail_with(ctx: AppContext, data: dict[str, Any]) -> tuple[CalendarScreen, list[str]]:
    screen = CalendarScreen(ctx, today=DECEMBER)
    panel = screen.detail.godown
    panel.show(parse_godown_record(data))
    return screen, shown_texts(panel.control)


def test_before_dispatch_each_line_is_a_box_holding_what_the_booking_reserves(ctx: AppContext) -> None:
    screen, texts = detail_with(ctx, record_json(dispatched=False, returned=False))
    panel = screen.detail.godown
    assert {"Chairs", "Record dispatch", "Checked once the stock is dispatched"} <= set(texts)
    assert panel.loads["s-1"].value == "80"


def test_after_dispatch_the_sheet_is_shown_and_the_return_asks_what_came_back(ctx: AppContext) -> None:
    screen, texts = detail_with(ctx, record_json(dispatched=True, returned=False))
    assert "Chairs: 80 loaded of 80 planned" in texts
    assert "Loaded by Ramu on 2026-12-10 08:00 · AP 09 TA 1234" in texts
    assert "Record dispatch" not in texts
    assert "Record return" in texts
    assert screen.detail.godown.returns[0].returned.value == "80"


def test_after_the_return_check_the_damage_charges_are_shown_in_both_languages(ctx: AppContext) -> None:
    screen, texts = detail_with(ctx, record_json(dispatched=True, returned=True))
    assert "Chairs: 77 back, 2 damaged, 1 lost · charge ₹500" in texts
    assert "Damage charges to the client: ₹500" in texts
    assert "Record return" not in texts
    switch(ctx, screen, Language.TE)
    assert "క్లయింట్‌కు నష్టం రుసుము: ₹500" in shown_texts(screen.detail.godown.control)


def test_dispatch_needs_who_loaded_it_and_readable_quantities() -> None:
    built = dispatch_variables("b-1", " ", "", {"s-1": "eighty"})
    assert {(e.code, e.field) for e in built.errors} == {
        ("REQUIRED", "input.loadedBy"),
        ("INVALID_QUANTITY", "input.lines.0.quantity"),
    }
    built = dispatch_variables("b-1", "Ramu", "", {"s-1": "78"})
    assert built.variables == {
        "bookingId": "b-1",
        "input": {"loadedBy": "Ramu", "vehicle": None, "lines": [{"stockItemId": "s-1", "quantity": 78}]},
    }


def test_a_return_sends_damaged_and_lost_units_and_the_charge_in_paise() -> None:
    built = return_variables("b-1", "Somu", [ReturnLineForm("s-1", "77", "2", "1", "500")])
    assert built.errors == []
    given = built.variables["input"]
    assert isinstance(given, dict)
    assert given["lines"] == [
        {"stockItemId": "s-1", "returned": 77, "damaged": 2, "lost": 1, "chargePaise": 50000}
    ]


def test_another_booking_shown_after_a_confirmed_one_does_not_keep_its_sheet(ctx: AppContext) -> None:
    screen, _ = detail_with(ctx, record_json(dispatched=False, returned=False))
    screen.detail.show(parse_booking(booking_json(id="b-2", status="ENQUIRY")))
    assert not screen.detail.godown.control.visible
    assert "Record dispatch" not in shown_texts(screen.detail.control)
