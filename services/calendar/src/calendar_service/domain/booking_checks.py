"""What a booking's input must be, checked where it enters the service; every failure has its field."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from india import IndiaError, normalise_phone, normalise_pin_code, state_for_code
from india.gazetteer import find_district
from servicekit.text import refuse_hidden_characters

from calendar_service.domain.booking import Client, LineItem, Schedule, Venue
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.vocabulary import LineItemKind, Nakshatra

Code = CalendarErrorCode
# Bookings are made for the next few years, not decades: a date further off is a typing slip.
HORIZON = timedelta(days=5 * 365 + 1)
LONGEST_WINDOW = timedelta(days=60)
MAX_AMOUNT_PAISE = 10**13
MAX_QUANTITY = 1_000_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MAP_HOSTS = (
    "https://maps.app.goo.gl/",
    "https://goo.gl/maps/",
    "https://www.google.com/maps",
    "https://maps.google.com/",
)
_STATE_OF_DISTRICTS = frozenset({"36", "37"})


@dataclass(frozen=True)
class LineItemDraft:
    kind: LineItemKind
    description: str | None
    stock_item_id: str | None
    quantity: int
    agreed_price_paise: int


def text(value: str, field: str, *, longest: int, code: Code = Code.INVALID_TEXT) -> str:
    cleaned = refuse_hidden_characters(value, field).strip()
    if not cleaned or len(cleaned) > longest:
        raise CalendarError(code, f"Enter between 1 and {longest} characters.", field)
    return cleaned


def optional_text(value: str | None, field: str, *, longest: int) -> str | None:
    if value is None or not value.strip():
        return None
    return text(value, field, longest=longest)


def schedule(
    starts_at: datetime,
    ends_at: datetime,
    setup_starts_at: datetime | None,
    teardown_ends_at: datetime | None,
    now: datetime,
) -> Schedule:
    setup = setup_starts_at or starts_at
    teardown = teardown_ends_at or ends_at
    for value, field in (
        (starts_at, "startsAt"),
        (ends_at, "endsAt"),
        (setup, "setupStartsAt"),
        (teardown, "teardownEndsAt"),
    ):
        if value.tzinfo is None:
            raise CalendarError(Code.DATE_OUT_OF_RANGE, "Give the time with its zone (e.g. +05:30).", field)
        if abs(value - now) > HORIZON:
            raise CalendarError(Code.DATE_OUT_OF_RANGE, "Dates must be within 5 years of today.", field)
    if ends_at <= starts_at:
        raise CalendarError(Code.END_BEFORE_START, "The event must end after it starts.", "endsAt")
    if setup > starts_at:
        raise CalendarError(
            Code.SETUP_AFTER_START, "Set-up must begin by the start of the event.", "setupStartsAt"
        )
    if teardown < ends_at:
        raise CalendarError(
            Code.TEARDOWN_BEFORE_END, "Tear-down cannot end before the event does.", "teardownEndsAt"
        )
    if teardown - setup > LONGEST_WINDOW:
        raise CalendarError(
            Code.RANGE_TOO_LONG, "From set-up to tear-down may last at most 60 days.", "teardownEndsAt"
        )
    return Schedule(starts_at, ends_at, setup, teardown)


def venue(address: str, district: str, state_code: str, pin_code: str, map_link: str | None) -> Venue:
    try:
        state = state_for_code(state_code)
    except IndiaError as error:
        raise CalendarError(Code.INVALID_STATE, str(error), "venue.stateCode") from None
    try:
        pin = normalise_pin_code(pin_code)
    except IndiaError as error:
        raise CalendarError(Code.INVALID_PIN_CODE, str(error), "venue.pinCode") from None
    return Venue(
        address=text(address, "venue.address", longest=300),
        district=_district(district, state.code),
        state_code=state.code,
        pin_code=pin,
        map_link=_map_link(map_link),
    )


def _district(name: str, state_code: str) -> str:
    given = text(name, "venue.district", longest=80, code=Code.INVALID_DISTRICT)
    if state_code not in _STATE_OF_DISTRICTS:
        return given  # our gazetteer covers Andhra Pradesh and Telangana only
    try:
        district = find_district(given)
    except IndiaError as error:
        raise CalendarError(Code.INVALID_DISTRICT, str(error), "venue.district") from None
    if district.state_code != state_code:
        raise CalendarError(Code.INVALID_DISTRICT, f"{district.name} is not in that state.", "venue.district")
    return district.name


def _map_link(link: str | None) -> str | None:
    if link is None or not link.strip():
        return None
    cleaned = link.strip()
    if len(cleaned) > 500 or not cleaned.startswith(_MAP_HOSTS):
        raise CalendarError(
            Code.INVALID_MAP_LINK, "Paste a Google Maps link (https://maps.app.goo.gl/...).", "venue.mapLink"
        )
    return cleaned


def client(name: str, phones: list[str], email: str | None, nakshatra: Nakshatra | None) -> Client:
    if not phones or len(phones) > 5:
        raise CalendarError(Code.INVALID_PHONE, "Give one to five phone numbers.", "client.phones")
    normalised: list[str] = []
    for index, raw in enumerate(phones):
        try:
            phone = normalise_phone(raw)
        except IndiaError as error:
            raise CalendarError(Code.INVALID_PHONE, str(error), f"client.phones.{index}") from None
        if phone not in normalised:
            normalised.append(phone)
    return Client(
        name=text(name, "client.name", longest=100, code=Code.INVALID_NAME),
        phones=tuple(normalised),
        email=_email(email),
        birth_nakshatra=nakshatra,
    )


def _email(email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    cleaned = email.strip().lower()
    if len(cleaned) > 254 or not _EMAIL.match(cleaned):
        raise CalendarError(
            Code.INVALID_EMAIL, "Enter an email address like name@example.com.", "client.email"
        )
    return cleaned


def amount(value: int, field: str) -> int:
    if value < 0 or value > MAX_AMOUNT_PAISE:
        raise CalendarError(Code.INVALID_AMOUNT, "Enter an amount of zero or more paise.", field)
    return value


def quantity(value: int, field: str) -> int:
    if value <= 0 or value > MAX_QUANTITY:
        raise CalendarError(Code.INVALID_QUANTITY, "Enter a quantity of at least 1.", field)
    return value


def guest_count(value: int | None) -> int | None:
    if value is not None and (value <= 0 or value > MAX_QUANTITY):
        raise CalendarError(Code.INVALID_GUEST_COUNT, "Enter the number of guests, at least 1.", "guestCount")
    return value


def stock_item_id(raw: str, field: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise CalendarError(Code.UNKNOWN_STOCK_ITEM, "No such stock item.", field) from None


def line_item(draft: LineItemDraft, index: int, stock_names: dict[uuid.UUID, str]) -> LineItem:
    """A line: a service with its description, or one of the organizer's stock items (`stock_names`)."""
    field = f"lineItems.{index}"
    count = quantity(draft.quantity, f"{field}.quantity")
    price = amount(draft.agreed_price_paise, f"{field}.agreedPricePaise")
    if draft.kind is LineItemKind.SERVICE:
        if draft.stock_item_id is not None:
            raise CalendarError(
                Code.INVALID_LINE_ITEM, "A service line names no stock item.", f"{field}.stockItemId"
            )
        description = text(draft.description or "", f"{field}.description", longest=200)
        return LineItem(uuid.uuid4(), draft.kind, description, None, count, price)
    if draft.stock_item_id is None:
        raise CalendarError(
            Code.INVALID_LINE_ITEM, "A stock line names its stock item.", f"{field}.stockItemId"
        )
    item_id = stock_item_id(draft.stock_item_id, f"{field}.stockItemId")
    if item_id not in stock_names:
        raise CalendarError(Code.UNKNOWN_STOCK_ITEM, "No such stock item.", f"{field}.stockItemId")
    description = (
        optional_text(draft.description, f"{field}.description", longest=200) or stock_names[item_id]
    )
    return LineItem(uuid.uuid4(), draft.kind, description, item_id, count, price)


def referenced_stock(drafts: list[LineItemDraft]) -> set[uuid.UUID]:
    """The stock item ids the drafts name, where they parse (the rest fail in `line_item`)."""
    found: set[uuid.UUID] = set()
    for draft in drafts:
        try:
            found.add(uuid.UUID(draft.stock_item_id or ""))
        except ValueError:
            continue
    return found
