"""Decides which form field an API error belongs to (pure): by its `field`, else by its code."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from eventxperts_app.api.models import ApiError

# When the service leaves `field` empty, the code still says where the problem is.
FIELD_FOR_CODE: dict[str, str] = {
    "INVALID_EMAIL": "email",
    "EMAIL_TAKEN": "email",
    "INVALID_PHONE": "phone",
    "INVALID_NAME": "name",
    "WEAK_PASSWORD": "password",
    "INVALID_ROLE": "role",
    "INVALID_GSTIN": "gstin",
    "INVALID_PIN_CODE": "pinCode",
    "INVALID_STATE": "stateCode",
    "INVALID_LOCATION": "defaultLocation",
    "INVALID_LANGUAGE": "preferredLanguage",
    "WRONG_PASSWORD": "currentPassword",
}


def field_path(raw_field: str) -> str:
    """The contract's path for a field as the service reports it.

    "input.address.pin_code", "address.pinCode" both become "address.pinCode"; a list's index
    ("lineItems[1].quantity") reads as one more part ("lineItems.1.quantity").
    """
    parts = [part for part in re.sub(r"\[(\d+)\]", r".\1", raw_field.strip()).split(".") if part]
    if parts and parts[0] == "input":
        parts = parts[1:]
    return ".".join(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), part) for part in parts)


def _matches(form_field: str, path: str) -> bool:
    return (
        form_field == path
        or form_field.endswith("." + path)  # "pinCode" -> "address.pinCode"
        or form_field.startswith(path + ".")  # "defaultLocation" -> "defaultLocation.city"
        or path.startswith(form_field + ".")  # "lineItems.1.quantity" -> "lineItems"
    )


def field_for(error: ApiError, form_fields: Sequence[str]) -> str | None:
    """The first of `form_fields` (in screen order) the error belongs to, if any."""
    path = field_path(error.field) if error.field else FIELD_FOR_CODE.get(error.code)
    if not path:
        return None
    exact = [name for name in form_fields if name == path]
    return next(iter(exact or [name for name in form_fields if _matches(name, path)]), None)


@dataclass(frozen=True)
class PlacedErrors:
    by_field: dict[str, tuple[ApiError, ...]] = field(default_factory=dict)
    general: tuple[ApiError, ...] = ()


def place_errors(errors: Iterable[ApiError], form_fields: Sequence[str]) -> PlacedErrors:
    """Errors next to the fields the form shows; the rest above the form."""
    by_field: dict[str, list[ApiError]] = {}
    general: list[ApiError] = []
    for error in errors:
        name = field_for(error, form_fields)
        if name is None:
            general.append(error)
        else:
            by_field.setdefault(name, []).append(error)
    return PlacedErrors({k: tuple(v) for k, v in by_field.items()}, tuple(general))
