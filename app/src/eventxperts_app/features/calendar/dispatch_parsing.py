"""Maps a booking's dispatch sheet and return check to typed results (pure)."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import (
    as_object,
    optional_datetime,
    optional_int,
    optional_str,
    required_datetime,
    required_int,
    required_str,
)
from eventxperts_app.api.parsing import parse_errors, payload_of
from eventxperts_app.features.calendar.dispatch_models import (
    DispatchLine,
    DispatchSheet,
    GodownRecord,
    GodownResult,
    ReturnCheck,
    ReturnLine,
)
from eventxperts_app.features.calendar.parsing import objects, parse_ref


def parse_dispatch_sheet(raw: object) -> DispatchSheet:
    obj = as_object(raw, "dispatchSheet")
    lines = tuple(
        DispatchLine(
            parse_ref(line.get("item")), required_int(line, "planned"), optional_int(line, "dispatched")
        )
        for line in objects(obj.get("lines"), "lines")
    )
    return DispatchSheet(
        lines=lines,
        dispatched_at=optional_datetime(obj, "dispatchedAt"),
        loaded_by=optional_str(obj, "loadedBy"),
        vehicle=optional_str(obj, "vehicle"),
    )


def _return_line(obj: Mapping[str, object]) -> ReturnLine:
    return ReturnLine(
        item=parse_ref(obj.get("item")),
        dispatched=required_int(obj, "dispatched"),
        returned=required_int(obj, "returned"),
        damaged=required_int(obj, "damaged"),
        lost=required_int(obj, "lost"),
        charge_paise=required_int(obj, "chargePaise"),
        note=optional_str(obj, "note"),
    )


def parse_return_check(raw: object) -> ReturnCheck | None:
    if raw is None:
        return None
    obj = as_object(raw, "returnCheck")
    return ReturnCheck(
        checked_at=required_datetime(obj, "checkedAt"),
        checked_by=required_str(obj, "checkedBy"),
        lines=tuple(_return_line(line) for line in objects(obj.get("lines"), "lines")),
        damage_charges_paise=required_int(obj, "damageChargesPaise"),
    )


def parse_godown_record(data: Mapping[str, object]) -> GodownRecord:
    booking = as_object(data.get("booking"), "booking")
    return GodownRecord(
        booking_id=required_str(booking, "id"),
        sheet=parse_dispatch_sheet(booking.get("dispatchSheet")),
        returned=parse_return_check(booking.get("returnCheck")),
    )


def parse_godown_payload(data: Mapping[str, object], field: str) -> GodownResult:
    return GodownResult(errors=parse_errors(payload_of(data, field).get("errors")))
