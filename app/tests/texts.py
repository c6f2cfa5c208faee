"""The app's texts as a person reads them: English as the code writes it, Telugu from the compiled
catalogue, error messages by code."""

from __future__ import annotations

from eventxperts_app.i18n import N_, Language, Translator
from eventxperts_app.sections import SECTIONS

EN = Translator(Language.EN, SECTIONS.error_texts)
TE = Translator(Language.TE, SECTIONS.error_texts)


def te(english: str) -> str:
    """`english` in Telugu; a text the catalogue does not translate fails the test at once."""
    telugu = TE(N_(english))
    assert telugu != english, f"no Telugu translation of {english!r}"
    return telugu
