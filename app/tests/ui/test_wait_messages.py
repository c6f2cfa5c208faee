"""A locked sign-in and too many codes say how long to wait, in the language on screen."""

from __future__ import annotations

from eventxperts_app.api.models import ApiError
from eventxperts_app.i18n import Language, Translator
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.form_errors import describe


def translator(language: Language) -> Translator:
    tr = Translator(error_texts=SECTIONS.error_texts)
    tr.switch(language)
    return tr


def test_a_locked_account_is_told_the_minutes_and_offered_the_reset_in_both_languages() -> None:
    locked = ApiError("ACCOUNT_LOCKED", "Too many failed sign-ins. Try again in 12 minutes.")
    assert describe(translator(Language.EN), locked) == (
        "Too many failed attempts. Try again in 12 min, or reset your password."
    )
    assert "12 నిమిషాల" in describe(translator(Language.TE), locked)


def test_seconds_are_rounded_up_to_a_minute() -> None:
    limited = ApiError("RESET_REQUESTS_LIMITED", "Too many codes asked for. Try again in 45 seconds.")
    assert describe(translator(Language.EN), limited) == "Too many codes asked for. Try again in 1 min."


def test_a_message_without_a_wait_falls_back_to_the_codes_text() -> None:
    locked = ApiError("ACCOUNT_LOCKED", "")
    assert describe(translator(Language.EN), locked) == "Too many failed attempts. Try again later."
