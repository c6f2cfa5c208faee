"""The English and Telugu catalogues say the same things: same keys, placeholders, error codes."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from eventxperts_app.i18n import Language, Translator, load_catalogue

CONTRACT = Path(__file__).resolve().parents[2] / "docs" / "api" / "users.graphql"
CLIENT_SIDE_CODES = {"REQUIRED", "GATEWAY_UNAVAILABLE", "UNEXPECTED_RESPONSE", "GRAPHQL_ERROR"}
SAME_IN_BOTH = {"app.title"}  # the brand name


def contract_error_codes() -> set[str]:
    enum_body = re.search(r"enum UsersErrorCode \{(.*?)\}", CONTRACT.read_text(), re.S)
    assert enum_body is not None, "UsersErrorCode missing from the contract"
    return set(enum_body.group(1).split())


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_english_and_telugu_have_exactly_the_same_keys() -> None:
    assert set(load_catalogue(Language.EN)) == set(load_catalogue(Language.TE))


def test_every_error_code_of_the_users_contract_has_a_message() -> None:
    keys = set(load_catalogue(Language.EN))
    missing = {code for code in contract_error_codes() | CLIENT_SIDE_CODES if f"error.{code}" not in keys}
    assert missing == set()


def test_every_telugu_label_is_translated_not_copied() -> None:
    english, telugu = load_catalogue(Language.EN), load_catalogue(Language.TE)
    copied = {key for key in english if english[key] == telugu[key] and key not in SAME_IN_BOTH}
    assert copied == set()


def test_every_telugu_label_uses_telugu_script() -> None:
    telugu = load_catalogue(Language.TE)
    latin_only = {
        k for k, v in telugu.items() if k not in SAME_IN_BOTH and not re.search("[\u0c00-\u0c7f]", v)
    }
    assert latin_only == set()


def test_placeholders_are_the_same_in_both_languages() -> None:
    english, telugu = load_catalogue(Language.EN), load_catalogue(Language.TE)
    differing = {k for k in english if placeholders(english[k]) != placeholders(telugu[k])}
    assert differing == set()


@pytest.mark.parametrize(("language", "expected"), [(Language.EN, "Sign in"), (Language.TE, "ప్రవేశించండి")])
def test_translator_answers_in_the_language_chosen(language: Language, expected: str) -> None:
    tr = Translator()
    tr.switch(language)
    assert tr("login.submit") == expected


def test_an_error_code_without_a_message_falls_back_to_the_generic_one() -> None:
    tr = Translator(Language.TE)
    assert tr.error("SOMETHING_NEW") == load_catalogue(Language.TE)["error.UNKNOWN"]
