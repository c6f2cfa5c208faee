"""Email addresses, normalised to lower case so that one person has one account."""

from __future__ import annotations

import re

from users_service.domain.errors import UsersError, UsersErrorCode

MAX_EMAIL_LENGTH = 254
_EMAIL_SHAPE = re.compile(
    r"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
    r"(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$"
)


def normalise_email(raw: str, *, field: str = "email") -> str:
    """Return the address trimmed and lower-cased, or raise INVALID_EMAIL."""
    email = raw.strip().lower()
    local, _, domain = email.partition("@")
    valid = (
        len(email) <= MAX_EMAIL_LENGTH
        and _EMAIL_SHAPE.match(email) is not None
        and not local.startswith(".")
        and not local.endswith(".")
        and ".." not in local
        and "." in domain
        # `.invalid` never exists (RFC 6761); erased accounts' placeholders live there.
        and not domain.endswith(".invalid")
    )
    if not valid:
        raise UsersError(UsersErrorCode.INVALID_EMAIL, "Enter a valid email address.", field)
    return email
