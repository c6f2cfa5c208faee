"""Typed reads from decoded JSON; anything off-contract becomes an UNEXPECTED_RESPONSE error."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from eventxperts_app.api.gateway_errors import UNEXPECTED_RESPONSE, GatewayError

# GraphQL variables as sent: JSON values by the contract's field names.
JsonObject = dict[str, object]
E = TypeVar("E", bound=StrEnum)


def as_object(raw: object, what: str) -> Mapping[str, object]:
    if not isinstance(raw, Mapping):
        raise GatewayError(UNEXPECTED_RESPONSE, f"{what}: expected an object")
    return raw


def as_list(raw: object, what: str) -> list[object]:
    if not isinstance(raw, list):
        raise GatewayError(UNEXPECTED_RESPONSE, f"{what}: expected a list")
    return raw


def required_str(obj: Mapping[str, object], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected a string")
    return value


def optional_str(obj: Mapping[str, object], key: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected a string or null")


def required_int(obj: Mapping[str, object], key: str) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected an integer")
    return value


def required_whole(obj: Mapping[str, object], key: str) -> int:
    """A whole number 0 or more that may come as a GraphQL Float (past Int's 32 bits, e.g. bytes)."""
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 2**53:
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected a whole number")
    if value != int(value):
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected a whole number")
    return int(value)


def required_bool(obj: Mapping[str, object], key: str) -> bool:
    value = obj.get(key)
    if not isinstance(value, bool):
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected a boolean")
    return value


def optional_float(obj: Mapping[str, object], key: str) -> float | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected a number or null")
    return float(value)


def optional_datetime(obj: Mapping[str, object], key: str) -> datetime | None:
    """An ISO 8601 instant with its offset; a naive or unreadable one is off-contract."""
    text = optional_str(obj, key)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: a date-time without its UTC offset")
    return moment


def required_datetime(obj: Mapping[str, object], key: str) -> datetime:
    moment = optional_datetime(obj, key)
    if moment is None:
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected a date-time")
    return moment


def required_date(obj: Mapping[str, object], key: str) -> date:
    """A calendar date (YYYY-MM-DD), as the Date scalar answers it."""
    text = required_str(obj, key)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise GatewayError(UNEXPECTED_RESPONSE, f"{key}: expected a date") from None


def optional_int(obj: Mapping[str, object], key: str) -> int | None:
    return None if obj.get(key) is None else required_int(obj, key)


def enum_member(enum: type[E], raw: object, what: str) -> E:
    """The member of `enum` the contract names `raw`; an unknown value is off-contract."""
    try:
        return enum(str(raw))
    except ValueError:
        raise GatewayError(UNEXPECTED_RESPONSE, f"{what}: unknown value {raw!r}") from None
