"""The SendEnquiryInput from what the enquiry form holds (pure). Dates, guests and rupees the app
cannot read become typed errors on their fields, as the calendar's forms do; every other rule (a
date in the past, a PIN code outside the district, too long a message) is the service's to judge."""

from __future__ import annotations

from dataclasses import dataclass

from eventxperts_app.features.calendar.variables import INVALID_QUANTITY, Built, read_paise
from eventxperts_app.ui.local_time import parse_day
from eventxperts_app.ui.required_fields import missing

# Worded once (billing's "Enter a valid date"): a date box holding something that is not YYYY-MM-DD.
INVALID_DATE = "INVALID_DATE"


@dataclass(frozen=True)
class EnquiryForm:
    organizer_ids: tuple[str, ...]
    kind: str
    dates: str  # "2027-02-14, 2027-02-20"
    district: str
    pin_code: str
    guests: str
    budget_from: str
    budget_to: str
    message: str
    contact_name: str
    contact_phone: str
    request_key: str = ""  # made once per form (a UUID): a second Send repeats the first


def enquiry_variables(form: EnquiryForm) -> Built:
    built = Built()
    built.errors += missing(
        preferredDates=form.dates,
        district=form.district,
        pinCode=form.pin_code,
        message=form.message,
        contactName=form.contact_name,
        contactPhone=form.contact_phone,
    )
    built.variables = {
        "organizerIds": list(form.organizer_ids),
        "kind": form.kind,
        "preferredDates": _dates(built, form.dates),
        "district": form.district,
        "pinCode": form.pin_code.strip(),
        "message": form.message.strip(),
        "contactName": form.contact_name.strip(),
        "contactPhone": form.contact_phone.strip(),
        "guestCount": _guests(built, form.guests),
        "budgetMinPaise": _budget(built, "budgetMinPaise", form.budget_from),
        "budgetMaxPaise": _budget(built, "budgetMaxPaise", form.budget_to),
        "requestKey": form.request_key or None,
    }
    return built


def _dates(built: Built, text: str) -> list[str]:
    parts = [part for part in text.replace(" ", ",").split(",") if part]
    days = [parse_day(part) for part in parts]
    if any(day is None for day in days):
        built.problem(INVALID_DATE, "preferredDates")
    return [day.isoformat() for day in days if day is not None]


def _guests(built: Built, text: str) -> int | None:
    if not text.strip():
        return None
    if not text.strip().isdigit():
        built.problem(INVALID_QUANTITY, "guestCount")
        return None
    return int(text.strip())


def _budget(built: Built, path: str, rupees: str) -> int | None:
    return read_paise(built, path, rupees) if rupees.strip() else None


def read_date(built: Built, path: str, text: str) -> str | None:
    """A date box's YYYY-MM-DD, None when blank; anything else is INVALID_DATE on `path`."""
    if not text.strip():
        return None
    day = parse_day(text)
    if day is None:
        built.problem(INVALID_DATE, path)
        return None
    return day.isoformat()
