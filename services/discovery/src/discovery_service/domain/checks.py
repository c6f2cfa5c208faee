"""Checks of what people type: texts, districts, services, dates, money, phones, links.

Text is kept as typed (HTML included: the app shows it as text, never as markup); control characters
other than newlines and tabs, and bidi overrides, are refused (servicekit.text), and every text has a
longest length.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlparse

import india
from india.gazetteer import District, find_district
from india.pin_directory import area_for_pin
from servicekit.text import HIDDEN_CHARACTERS

from discovery_service.domain.errors import DirectoryError
from discovery_service.domain.errors import DirectoryErrorCode as Code
from discovery_service.domain.vocabulary import EVENT_KINDS, LANGUAGES, SERVICES

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
HORIZON = timedelta(days=5 * 366)
MAX_PAISE = 10**12  # Rs 1,000 crore: beyond any event's budget


def text(value: str, field: str, *, longest: int, code: Code = Code.INVALID_TEXT) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise DirectoryError(code, "This cannot be empty.", field)
    return optional_text(cleaned, field, longest=longest, code=code) or cleaned


def optional_text(
    value: str | None, field: str, *, longest: int, code: Code = Code.INVALID_TEXT
) -> str | None:
    if value is None or not value.strip():
        return None
    cleaned = value.strip()
    if len(cleaned) > longest:
        raise DirectoryError(Code.TEXT_TOO_LONG, f"Keep it to {longest} characters.", field)
    if HIDDEN_CHARACTERS.search(cleaned):
        raise DirectoryError(code, "Remove the control characters.", field)
    return cleaned


def district(value: str, field: str = "district") -> District:
    """A district of Andhra Pradesh or Telangana by id, English or Telugu name."""
    try:
        return find_district(value)
    except india.IndiaError:
        raise DirectoryError(Code.UNKNOWN_DISTRICT, "Choose a district of AP or Telangana.", field) from None


def service(value: str, field: str = "service") -> str:
    slug = value.strip().lower()
    if slug not in SERVICES:
        raise DirectoryError(Code.UNKNOWN_SERVICE, "Choose one of the listed services.", field)
    return slug


def language(value: str, field: str) -> str:
    code = value.strip().lower()
    if code not in LANGUAGES:
        raise DirectoryError(Code.UNKNOWN_LANGUAGE, "Choose one of the listed languages.", field)
    return code


def event_kind(value: str, field: str = "kind") -> str:
    kind = value.strip().lower()
    if kind not in EVENT_KINDS:
        raise DirectoryError(Code.UNKNOWN_EVENT_KIND, "Choose one of the listed kinds of event.", field)
    return kind


def event_day(day: date, today: date, field: str) -> date:
    """A day an event can be on: today or later, within five years."""
    if day < today:
        raise DirectoryError(Code.DATE_IN_PAST, "Choose today or a later date.", field)
    if day - today > HORIZON:
        raise DirectoryError(Code.DATE_TOO_FAR, "Choose a date within five years.", field)
    return day


def price_range(low: int, high: int, field: str) -> tuple[int, int]:
    if low < 0 or high < 0 or high > MAX_PAISE or low > high:
        raise DirectoryError(
            Code.INVALID_PRICE_RANGE,
            "Give a range from a lower to a higher amount, neither below zero.",
            field,
        )
    return low, high


def phone(value: str, field: str) -> str:
    try:
        return india.normalise_phone(value)
    except india.IndiaError as error:
        raise DirectoryError(Code.INVALID_PHONE, str(error), field) from None


def email(value: str | None, field: str) -> str | None:
    if value is None or not value.strip():
        return None
    cleaned = value.strip().lower()
    if len(cleaned) > 254 or not _EMAIL.match(cleaned):
        raise DirectoryError(Code.INVALID_EMAIL, "Enter an email address like name@example.com.", field)
    return cleaned


def pin_code_in(value: str, district_id: str, field: str) -> str:
    """A PIN code that India Post's directory places in the district."""
    try:
        pin = india.normalise_pin_code(value)
    except india.IndiaError as error:
        raise DirectoryError(Code.INVALID_PIN_CODE, str(error), field) from None

    area = area_for_pin(pin)
    if area is None or district_id not in {d.id for d in area.districts if d.id}:
        raise DirectoryError(Code.INVALID_PIN_CODE, "This PIN code is not in the chosen district.", field)
    return pin


def link(value: str | None, field: str) -> str | None:
    """An https (or http) link, as text; None when empty."""
    if value is None or not value.strip():
        return None
    cleaned = value.strip()
    parsed = urlparse(cleaned)
    if len(cleaned) > 500 or parsed.scheme not in {"https", "http"} or not parsed.netloc:
        raise DirectoryError(Code.INVALID_LINK, "Give a link starting with https://.", field)
    return cleaned


def page_size(first: int, offset: int) -> tuple[int, int]:
    if not 1 <= first <= 100 or offset < 0 or offset > 10_000:
        raise DirectoryError(
            Code.INVALID_PAGE_SIZE, "Ask for 1 to 100 items from an offset under 10,000.", "first"
        )
    return first, offset
