"""The language a person reads the app in."""

from __future__ import annotations

from enum import StrEnum

from users_service.domain.errors import UsersError, UsersErrorCode


class Language(StrEnum):
    TE = "te"
    EN = "en"


DEFAULT_LANGUAGE = Language.TE


def parse_language(raw: str, *, field: str = "preferredLanguage") -> Language:
    try:
        return Language(raw.strip().lower())
    except ValueError:
        raise UsersError(
            UsersErrorCode.INVALID_LANGUAGE, "Choose te (తెలుగు) or en (English).", field
        ) from None
