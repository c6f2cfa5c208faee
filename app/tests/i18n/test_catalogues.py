"""The English and Telugu catalogues hold exactly the texts the code marks, every one translated into
Telugu (not fuzzy, in Telugu letters, with the same placeholders), a text for every error code of
every committed SDL, and the compiled catalogues the app reads say the same as the .po files."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from eventxperts_app.api.models import ApiError
from eventxperts_app.i18n import N_, CataloguesMissing, Language, Translator
from eventxperts_app.i18n.translator import LOCALES_DIR, load_translations, translations
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.form_errors import describe

from .catalogue_checks import (
    APP_ROOT,
    TELUGU_LETTER,
    code_msgids,
    codes_without_texts,
    mismatched_placeholders,
    read_catalogue,
    sdl_error_codes,
    stale,
    unextracted,
    untranslated,
    unused,
    without_telugu_letters,
)

REPO_ROOT = APP_ROOT.parent
SDLS = sorted(REPO_ROOT.glob("services/*/schema.graphql"))
API_CONTRACTS = sorted(REPO_ROOT.glob("docs/api/*.graphql"))
MSGIDS = code_msgids()


def po_path(language: Language) -> Path:
    return LOCALES_DIR / language.value / "LC_MESSAGES" / "messages.po"


@pytest.fixture(scope="module")
def english() -> Catalog:
    return read_catalogue(po_path(Language.EN))


@pytest.fixture(scope="module")
def telugu() -> Catalog:
    return read_catalogue(po_path(Language.TE))


def test_the_code_marks_texts_for_translation() -> None:
    assert {"Sign in", "Showing {first}–{last} of {total}", "Something went wrong"} <= MSGIDS


def test_every_text_marked_in_the_code_reaches_the_catalogues() -> None:
    # An N_ inside an f-string is invisible to Babel: the text shows in English in both languages.
    assert unextracted() == {}


def test_every_label_has_a_telugu_translation_that_is_not_fuzzy(telugu: Catalog) -> None:
    assert untranslated(telugu, MSGIDS) == set()


def test_every_telugu_text_has_telugu_letters(telugu: Catalog) -> None:
    assert without_telugu_letters(telugu) == set()


@pytest.mark.parametrize("language", list(Language))
def test_no_catalogue_holds_a_text_the_code_no_longer_uses(language: Language) -> None:
    assert unused(read_catalogue(po_path(language)), MSGIDS) == set()


def test_the_english_catalogue_lists_every_label_too(english: Catalog) -> None:
    # English is the source language: its texts are the msgids, so its catalogue may leave them empty.
    assert MSGIDS - {str(m.id) for m in english if m.id} == set()


def test_placeholders_are_the_same_in_both_languages(telugu: Catalog) -> None:
    assert mismatched_placeholders(telugu) == set()


def test_every_committed_sdl_is_read() -> None:
    assert REPO_ROOT / "services" / "users" / "schema.graphql" in SDLS
    assert "WRONG_PASSWORD" in sdl_error_codes(
        (REPO_ROOT / "services" / "users" / "schema.graphql").read_text()
    )


@pytest.mark.parametrize("sdl", SDLS, ids=lambda path: path.parent.name)
def test_every_error_code_of_a_committed_sdl_has_its_text_in_both_languages(
    sdl: Path, english: Catalog, telugu: Catalog
) -> None:
    codes = sdl_error_codes(sdl.read_text())
    assert codes_without_texts(codes, SECTIONS.error_texts, english, telugu) == set()


@pytest.mark.parametrize("language", list(Language))
def test_the_compiled_catalogue_the_app_reads_matches_its_po_file(language: Language) -> None:
    """Fails when a .po changed after compiling: `make install` compiles it again."""
    assert stale(read_catalogue(po_path(language)), translations(language)) == set()


@pytest.mark.parametrize(("language", "expected"), [(Language.EN, "Sign in"), (Language.TE, "లాగిన్")])
def test_the_translator_answers_in_the_language_chosen(language: Language, expected: str) -> None:
    tr = Translator()
    tr.switch(language)
    assert tr(N_("Sign in")) == expected


def test_an_error_code_without_a_message_falls_back_to_the_generic_one() -> None:
    tr = Translator(Language.TE, SECTIONS.error_texts)
    assert tr.error("SOMETHING_NEW") == tr(N_("Something went wrong"))
    assert tr.error("SOMETHING_NEW") != "Something went wrong"


def test_a_text_without_a_translation_shows_as_written() -> None:
    assert Translator(Language.TE)(N_("A text nobody translated")) == "A text nobody translated"


def test_a_catalogue_never_compiled_is_named_with_its_remedy(tmp_path: Path) -> None:
    with pytest.raises(CataloguesMissing, match="make install") as raised:
        load_translations(Language.TE, tmp_path)
    assert raised.value.code == "CATALOGUES_MISSING"


def test_every_api_contract_is_read_with_its_reasons() -> None:
    assert REPO_ROOT / "docs" / "api" / "users.graphql" in API_CONTRACTS
    users = (REPO_ROOT / "docs" / "api" / "users.graphql").read_text()
    assert "GSTIN_CHECK_CHARACTER" in sdl_error_codes(users, "reason")


@pytest.mark.parametrize("contract", API_CONTRACTS, ids=lambda path: path.stem)
@pytest.mark.parametrize("language", list(Language))
def test_every_error_code_and_reason_of_a_contract_reads_as_its_own_text_next_to_its_field(
    contract: Path, language: Language
) -> None:
    """Walks each code (and each reason, under the code it comes with) through the lookup the forms
    use: a text of its own, not the generic fallback, in Telugu letters when the app is in Telugu."""
    sdl = contract.read_text()
    tr = Translator(language, SECTIONS.error_texts)
    fallback = tr(N_("Something went wrong"))
    errors = [ApiError(code, "English from the service") for code in sdl_error_codes(sdl)]
    errors += [ApiError("INVALID_INPUT", "English", reason=r) for r in sdl_error_codes(sdl, "reason")]
    texts = {(error.code, error.reason): describe(tr, error) for error in errors}
    assert {key for key, text in texts.items() if text == fallback} == set()
    if language is Language.TE:
        assert {key for key, text in texts.items() if not TELUGU_LETTER.search(text)} == set()
    reasons = [text for (_, reason), text in texts.items() if reason is not None]
    assert len(set(reasons)) == len(reasons), "two reasons read the same"
