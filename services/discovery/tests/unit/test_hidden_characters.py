"""Discovery refuses what servicekit.text refuses: control characters and bidi overrides."""

from __future__ import annotations

import pytest
from discovery_service.domain.checks import text
from servicekit.errors import DomainError


@pytest.mark.parametrize("hidden", ["\x00", "\x1b", "\u202e"])
def test_hidden_characters_in_directory_texts_are_invalid_text(hidden: str) -> None:
    with pytest.raises(DomainError) as refused:
        text(f"Lakshmi{hidden}Decorators", "businessName", longest=100)
    assert refused.value.code == "INVALID_TEXT"
