"""What the calendar's forms check before sending: that the required boxes are filled (the rules
themselves are the calendar service's, and its typed errors land on the same fields)."""

from __future__ import annotations

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.calendar.forms import BookingForm, StockItemForm
from eventxperts_app.ui.required_fields import missing


def check_booking(form: BookingForm, *, with_schedule: bool = True) -> tuple[ApiError, ...]:
    required = {
        "eventName": form.event_name,
        "venue.address": form.address,
        "venue.district": form.district,
        "venue.pinCode": form.pin_code,
        "client.name": form.client_name,
        "client.phones": form.phones,
    }
    if with_schedule:
        required |= {"schedule.startsAt": form.schedule.start_date, "schedule.endsAt": form.schedule.end_date}
    return missing(**required)


def check_stock_item(form: StockItemForm) -> tuple[ApiError, ...]:
    required = {"name": form.name, "unit": form.unit}
    if not form.parts:
        required["quantity"] = form.quantity
    return missing(**required)


def check_reason(reason: str) -> tuple[ApiError, ...]:
    return missing(reason=reason)
