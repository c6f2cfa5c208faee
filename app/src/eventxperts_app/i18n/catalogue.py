"""Loads the per-language catalogues and looks labels up in the language currently chosen."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache
from importlib import resources


class Language(StrEnum):
    EN = "en"
    TE = "te"


@cache
def load_catalogue(language: Language) -> dict[str, str]:
    """The catalogue of `language`: label key -> text (read once per process)."""
    raw = resources.files(__package__).joinpath(f"{language.value}.json").read_text("utf-8")
    loaded = json.loads(raw)
    if not isinstance(loaded, dict) or not all(
        isinstance(key, str) and isinstance(text, str) for key, text in loaded.items()
    ):
        raise ValueError(f"catalogue {language.value}.json must map strings to strings")
    return loaded


class Translator:
    """The language a session shows; labels are looked up through it on every (re)label."""

    def __init__(self, language: Language = Language.EN) -> None:
        self._language = language

    @property
    def language(self) -> Language:
        return self._language

    def switch(self, language: Language) -> None:
        self._language = language

    def __call__(self, key: str) -> str:
        catalogue = load_catalogue(self._language)
        if key in catalogue:
            return catalogue[key]
        # A missing key is a bug caught by the catalogue tests; show English rather than nothing.
        return load_catalogue(Language.EN).get(key, key)

    def error(self, code: str) -> str:
        """The message for an API or form error code, in the current language."""
        key = f"error.{code}"
        return self(key if key in load_catalogue(Language.EN) else "error.UNKNOWN")
