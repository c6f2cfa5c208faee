"""recordDispatch and recordReturn variables from the dispatch panel's boxes (pure); a quantity or
amount the app cannot read is a typed error on its box's path instead."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventxperts_app.features.calendar.forms import ReturnLineForm
from eventxperts_app.features.calendar.variables import Built, read_paise, read_quantity
from eventxperts_app.ui.required_fields import missing


def dispatch_variables(booking_id: str, loaded_by: str, vehicle: str, loads: Mapping[str, str]) -> Built:
    """`loads`: what is loaded of each stock item, by its id."""
    built = Built()
    built.errors += missing(**{"input.loadedBy": loaded_by})
    lines = [
        {"stockItemId": item_id, "quantity": read_quantity(built, f"input.lines.{i}.quantity", text)}
        for i, (item_id, text) in enumerate(loads.items())
    ]
    given = {"loadedBy": loaded_by.strip(), "vehicle": vehicle.strip() or None, "lines": lines}
    built.variables = {"bookingId": booking_id, "input": given}
    return built


def return_variables(booking_id: str, checked_by: str, rows: Sequence[ReturnLineForm]) -> Built:
    built = Built()
    built.errors += missing(**{"input.checkedBy": checked_by})
    lines = []
    for i, row in enumerate(rows):
        path = f"input.lines.{i}"
        lines.append(
            {
                "stockItemId": row.stock_item_id,
                "returned": read_quantity(built, f"{path}.returned", row.returned),
                "damaged": read_quantity(built, f"{path}.damaged", row.damaged or "0"),
                "lost": read_quantity(built, f"{path}.lost", row.lost or "0"),
                "chargePaise": read_paise(built, f"{path}.chargePaise", row.charge_rupees or "0"),
            }
        )
    built.variables = {"bookingId": booking_id, "input": {"checkedBy": checked_by.strip(), "lines": lines}}
    return built
