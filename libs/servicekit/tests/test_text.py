"""Checked text: trimmed, bounded, and never a control character or a bidi override."""

from __future__ import annotations

import pytest
from servicekit.text import InvalidText, checked_text, refuse_hidden_characters


@pytest.mark.parametrize(
    "hidden", ["\x00", "\x07", "\x1b", "\x1f", "\x7f", "\x85", "\u202e", "\u2066", "\u2069"]
)
def test_control_characters_and_bidi_overrides_are_refused_with_invalid_text(hidden: str) -> None:
    with pytest.raises(InvalidText) as refused:
        checked_text(f"Lakshmi{hidden}Decorators", "name", longest=100)
    assert (refused.value.code, refused.value.field) == ("INVALID_TEXT", "name")


def test_a_hidden_character_is_refused_even_where_spaces_are_collapsed() -> None:
    with pytest.raises(InvalidText):
        checked_text("Lakshmi\x1fDecorators", "name", longest=100, collapse_spaces=True)


def test_telugu_with_its_joiners_tabs_and_newlines_pass_trimmed() -> None:
    telugu = "శ్రీ\u200cలక్ష్మి\u200d డెకరేటర్స్\n\tహైదరాబాద్\r\n"
    assert checked_text(f"  {telugu}  ", "name", longest=100) == telugu.strip()
    assert refuse_hidden_characters("a\tb\nc", "notes") == "a\tb\nc"


def test_spaces_are_collapsed_when_asked() -> None:
    assert checked_text("  Red   and\nwhite ", "title", longest=50, collapse_spaces=True) == "Red and white"


def test_length_and_emptiness_are_refused_and_an_optional_empty_text_is_none() -> None:
    with pytest.raises(InvalidText):
        checked_text("x" * 101, "name", longest=100)
    with pytest.raises(InvalidText):
        checked_text("   ", "name", longest=100)
    assert checked_text("   ", "notes", longest=100, required=False) is None
    assert checked_text(None, "notes", longest=100, required=False) is None
