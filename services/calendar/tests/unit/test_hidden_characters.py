"""A NUL or a bidi override in a booking's text is INVALID_TEXT, not a 500 from PostgreSQL."""

from __future__ import annotations

import pytest
from calendar_service.domain.booking_checks import optional_text, text
from servicekit.errors import DomainError


@pytest.mark.parametrize("hidden", ["\x00", "\u202e"])
def test_hidden_characters_in_booking_texts_are_invalid_text(hidden: str) -> None:
    for check in (text, optional_text):
        with pytest.raises(DomainError) as refused:
            check(f"Ravi{hidden}Kumar", "clientName", longest=100)
        assert (refused.value.code, refused.value.field) == ("INVALID_TEXT", "clientName")
