"""People's and businesses' names: any script (Telugu included), trimmed, no control characters."""

from __future__ import annotations

import unicodedata

from users_service.domain.errors import UsersError, UsersErrorCode

MAX_NAME_LENGTH = 100


def normalise_name(
    raw: str, *, field: str = "name", code: UsersErrorCode = UsersErrorCode.INVALID_NAME
) -> str:
    """Collapse whitespace and check the name has a letter and no control characters."""
    # Normalised first: NFC can lengthen text, and the limit is the stored column's.
    name = unicodedata.normalize("NFC", " ".join(raw.split()))
    if not name:
        raise UsersError(code, "Enter a name.", field)
    if len(name) > MAX_NAME_LENGTH:
        raise UsersError(code, f"Use at most {MAX_NAME_LENGTH} characters.", field)
    categories = [unicodedata.category(char) for char in name]
    if any(category.startswith("C") for category in categories):
        raise UsersError(code, "The name contains characters that cannot be shown.", field)
    if not any(category.startswith("L") for category in categories):
        raise UsersError(code, "A name needs at least one letter.", field)
    return name
