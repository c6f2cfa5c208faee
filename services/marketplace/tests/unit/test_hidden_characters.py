"""A NUL or a bidi override in a product's text is INVALID_TEXT, not a 500 from PostgreSQL."""

from __future__ import annotations

import pytest
from marketplace_service.domain.texts import optional_text, required_text
from servicekit.errors import DomainError


@pytest.mark.parametrize("check", [required_text, optional_text])
@pytest.mark.parametrize("hidden", ["\x00", "\u202e"])
def test_hidden_characters_in_product_texts_are_invalid_text(check: object, hidden: str) -> None:
    with pytest.raises(DomainError) as refused:
        check(f"Shamiana{hidden}tent", "titleEn")  # type: ignore[operator]
    assert (refused.value.code, refused.value.field) == ("INVALID_TEXT", "titleEn")
