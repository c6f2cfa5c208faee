"""Looks labels up in the compiled gettext catalogues, in the language a session has chosen."""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType

from eventxperts_app.i18n.msgid import N_, Msgid

LOCALES_DIR = Path(__file__).resolve().parent / "locales"
DOMAIN = "messages"
UNKNOWN_ERROR = N_("Something went wrong")


class Language(StrEnum):
    EN = "en"
    TE = "te"


class CataloguesMissing(RuntimeError):
    """A compiled catalogue (.mo) is missing: the setup compiles them from the .po files."""

    code = "CATALOGUES_MISSING"


def load_translations(language: Language, locales_dir: Path) -> gettext.GNUTranslations:
    """The compiled catalogue of `language` under `locales_dir`, or CataloguesMissing."""
    try:
        return gettext.translation(DOMAIN, locales_dir, languages=[language.value])
    except FileNotFoundError:
        mo = locales_dir / language.value / "LC_MESSAGES" / f"{DOMAIN}.mo"
        raise CataloguesMissing(f"{mo} is missing: compile the catalogues with `make install`") from None


@cache
def translations(language: Language) -> gettext.GNUTranslations:
    """The app's compiled catalogue of `language` (read once per process)."""
    return load_translations(language, LOCALES_DIR)


def check_catalogues() -> None:
    """Fails at start-up, not on the first screen, if a language's catalogue was not compiled."""
    for language in Language:
        translations(language)


class Translator:
    """The language a session shows; labels are looked up through it on every (re)label.

    `error_texts` gives the message id of each error code the app may be answered with.
    """

    def __init__(
        self, language: Language = Language.EN, error_texts: Mapping[str, Msgid] = MappingProxyType({})
    ) -> None:
        self._language = language
        self._error_texts = error_texts

    @property
    def language(self) -> Language:
        return self._language

    def switch(self, language: Language) -> None:
        self._language = language

    def __call__(self, msgid: Msgid) -> str:
        # A text with no translation shows as written (English) rather than as nothing.
        return translations(self._language).gettext(msgid)

    def error(self, code: str) -> str:
        """The message for an API or form error code, in the current language."""
        return self(self._error_texts.get(code, UNKNOWN_ERROR))
