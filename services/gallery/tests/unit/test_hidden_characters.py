"""A NUL or a bidi override in an album's title or venue is INVALID_TEXT, not a 500."""

from __future__ import annotations

import pytest
from gallery_service.domain.album import clean_title, clean_venue
from servicekit.errors import DomainError


@pytest.mark.parametrize("hidden", ["\x00", "\u202e"])
def test_hidden_characters_in_album_texts_are_invalid_text(hidden: str) -> None:
    with pytest.raises(DomainError) as title:
        clean_title(f"Sita{hidden}Ram wedding", "titleEn")
    with pytest.raises(DomainError) as venue:
        clean_venue(f"Function{hidden}hall")
    assert (title.value.code, venue.value.code) == ("INVALID_TEXT", "INVALID_TEXT")
