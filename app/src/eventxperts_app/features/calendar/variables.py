"""Builds the calendar's GraphQL variables from its forms (pure); names follow the contract.

What the app cannot send as typed (an unreadable date, time or amount) comes back as a typed error
on its field instead, so the person sees the same kind of message the service would give.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.calendar.forms import (
    BookingForm,
    LineItemForm,
    MuhurthamQuery,
    ScheduleForm,
    StockItemForm,
)
from eventxperts_app.features.calendar.models import LineItemKind
from eventxperts_app.ui.local_time import local_moment, parse_day, rupees_to_paise

INVALID_DATE_TEXT = "INVALID_DATE_TEXT"
INVALID_AMOUNT = "INVALID_AMOUNT"
INVALID_QUANTITY = "INVALID_QUANTITY"


@dataclass
class Built:
    """Variables, and the typed errors of what could not be read (nothing is sent then)."""

    variables: JsonObject = field(default_factory=dict)
    errors: list[ApiError] = field(default_factory=list)

    def problem(self, code: str, path: str) -> None:
        self.errors.append(ApiError(code=code, message=f"{path}: {code}", field=path))


def _moment(built: Built, path: str, day: str, clock: str, *, optional: bool = False) -> str | None:
    if optional and not day.strip():
        return None
    moment = local_moment(day, clock)
    if moment is None:
        built.problem(INVALID_DATE_TEXT, path)
        return None
    return moment.isoformat()


def schedule_input(built: Built, form: ScheduleForm, prefix: str = "schedule") -> JsonObject:
    return {
        "startsAt": _moment(built, f"{prefix}.startsAt", form.start_date, form.start_time),
        "endsAt": _moment(built, f"{prefix}.endsAt", form.end_date, form.end_time),
        "setupStartsAt": _moment(
            built, f"{prefix}.setupStartsAt", form.setup_date, form.setup_time or "00:00", optional=True
        ),
        "teardownEndsAt": _moment(
            built,
            f"{prefix}.teardownEndsAt",
            form.teardown_date,
            form.teardown_time or "23:59",
            optional=True,
        ),
    }


def read_paise(built: Built, path: str, rupees: str) -> int:
    paise = rupees_to_paise(rupees)
    if paise is None:
        built.problem(INVALID_AMOUNT, path)
        return 0
    return paise


def read_quantity(built: Built, path: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        built.problem(INVALID_QUANTITY, path)
        return 0


def line_item_input(built: Built, line: LineItemForm, index: int) -> JsonObject:
    path = f"lineItems.{index}"
    given: JsonObject = {
        "kind": line.kind.value,
        "quantity": read_quantity(built, f"{path}.quantity", line.quantity),
        "agreedPricePaise": read_paise(built, f"{path}.agreedPricePaise", line.price_rupees),
    }
    if line.kind is LineItemKind.STOCK:
        given["stockItemId"] = line.stock_item_id or None
    else:
        given["description"] = line.description.strip() or None
    return given


def _optional(text: str) -> str | None:
    return text.strip() or None


def booking_fields(built: Built, form: BookingForm) -> JsonObject:
    """The fields createBooking and updateBooking share."""
    return {
        "eventName": form.event_name.strip(),
        "kind": form.kind.value,
        "venue": {
            "address": form.address.strip(),
            "district": form.district.strip(),
            "stateCode": form.state_code,
            "pinCode": form.pin_code.strip(),
            "mapLink": _optional(form.map_link),
        },
        "client": {
            "name": form.client_name.strip(),
            "phones": [p.strip() for p in form.phones.split(",") if p.strip()],
            "email": _optional(form.email),
            "birthNakshatra": form.birth_nakshatra.value if form.birth_nakshatra else None,
        },
        "lineItems": [line_item_input(built, line, i) for i, line in enumerate(form.line_items)],
        "agreedTotalPaise": read_paise(built, "agreedTotalPaise", form.agreed_total_rupees),
        "advancePaise": read_paise(built, "advancePaise", form.advance_rupees),
        "details": _optional(form.details),
        "notes": _optional(form.notes),
    }


def create_booking_variables(form: BookingForm) -> Built:
    built = Built()
    given = booking_fields(built, form)
    given["schedule"] = schedule_input(built, form.schedule)
    given["holdUntil"] = _moment(built, "holdUntil", form.hold_date, form.hold_time or "18:00", optional=True)
    built.variables = {"input": given}
    return built


def update_booking_variables(booking_id: str, version: int, form: BookingForm) -> Built:
    """Dates change through rescheduling; the version refuses a change made meanwhile elsewhere."""
    built = Built()
    given = booking_fields(built, form) | {"expectedVersion": version}
    built.variables = {"id": booking_id, "input": given}
    return built


def reschedule_variables(booking_id: str, form: ScheduleForm, reason: str) -> Built:
    built = Built()
    schedule = schedule_input(built, form)
    built.variables = {"id": booking_id, "schedule": schedule, "reason": _optional(reason)}
    return built


def stock_item_variables(form: StockItemForm) -> Built:
    built = Built()
    rent = (
        read_paise(built, "dailyRentPaise", form.daily_rent_rupees)
        if form.daily_rent_rupees.strip()
        else None
    )
    parts = [
        {"itemId": item_id, "quantity": read_quantity(built, f"parts.{i}.quantity", quantity)}
        for i, (item_id, quantity) in enumerate(form.parts)
    ]
    built.variables = {
        "input": {
            "name": form.name.strip(),
            "unit": form.unit.strip(),
            "quantity": 0
            if parts and not form.quantity.strip()
            else read_quantity(built, "quantity", form.quantity),
            "dailyRentPaise": rent,
            "parts": parts,
        }
    }
    return built


def day_range_variables(first_day: str, last_day: str) -> Built:
    built = Built()
    first, last = parse_day(first_day), parse_day(last_day)
    if first is None:
        built.problem(INVALID_DATE_TEXT, "firstDay")
    if last is None:
        built.problem(INVALID_DATE_TEXT, "lastDay")
    built.variables = {"firstDay": first_day.strip(), "lastDay": last_day.strip()}
    return built


def muhurtham_variables(query: MuhurthamQuery) -> Built:
    days = day_range_variables(query.first_day, query.last_day)
    given = days.variables | {
        "kind": query.kind.value,
        "birthNakshatras": [star.value for star in query.birth_nakshatras],
    }
    days.variables = {"input": given}
    return days
