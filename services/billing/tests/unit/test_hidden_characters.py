"""A NUL or a bidi override in a client's or a draft's text is INVALID_TEXT, not a 500."""

from __future__ import annotations

import pytest
from billing_service.domain.inputs import name, optional_text
from servicekit.errors import DomainError


@pytest.mark.parametrize("hidden", ["\x00", "\u202e"])
def test_hidden_characters_in_billing_texts_are_invalid_text(hidden: str) -> None:
    for check in (name, optional_text):
        with pytest.raises(DomainError) as refused:
            check(f"Ravi{hidden}Kumar", "name")
        assert (refused.value.code, refused.value.field) == ("INVALID_TEXT", "name")
