"""Text as people type it, checked the same way in every service before it is kept.

Kept as typed (HTML included: clients show it as text), trimmed, with a longest length. Refused:
control characters other than tab, newline and carriage return (NUL among them: PostgreSQL cannot
store it, and it was a 500), and the bidirectional overrides and isolates, which make a name or an
amount read differently from what it is (U+202E turns "exe.pdf" around). Telugu's joiners (ZWJ,
ZWNJ) are ordinary text and pass.
"""

from __future__ import annotations

import re

from servicekit.errors import DomainError

HIDDEN_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class InvalidText(DomainError):
    """Every service's error codes have INVALID_TEXT, so this maps into each of them."""

    code = "INVALID_TEXT"


def refuse_hidden_characters(text: str, field: str) -> str:
    """`text` itself, or InvalidText when it holds a control character or a bidi override."""
    if HIDDEN_CHARACTERS.search(text):
        raise InvalidText("Remove the control characters from this text.", field=field)
    return text


def checked_text(
    value: str | None, field: str, *, longest: int, required: bool = True, collapse_spaces: bool = False
) -> str | None:
    """`value` trimmed (with `collapse_spaces`, every run of whitespace made one space), at most
    `longest` characters and without hidden characters; None when empty and not `required`.
    Every refusal is InvalidText (INVALID_TEXT) naming `field`."""
    # Checked before trimming: Python counts some control characters (\x1c-\x1f) as whitespace.
    raw = refuse_hidden_characters(value or "", field)
    text = " ".join(raw.split()) if collapse_spaces else raw.strip()
    if not text:
        if required:
            raise InvalidText("This cannot be empty.", field=field)
        return None
    if len(text) > longest:
        raise InvalidText(f"Keep it to {longest} characters.", field=field)
    return text
