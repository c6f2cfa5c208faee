"""The translation checks catch what they are for: each is shown a catalogue, source tree or SDL
broken in its way (test_catalogues.py runs them on the real ones)."""

from __future__ import annotations

import gettext
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from .catalogue_checks import (
    APP_ROOT,
    code_msgids,
    codes_without_texts,
    mismatched_placeholders,
    sdl_error_codes,
    stale,
    unextracted,
    untranslated,
    unused,
    without_telugu_letters,
)


def telugu_catalogue(*messages: tuple[str, str], fuzzy: tuple[str, ...] = ()) -> Catalog:
    catalogue = Catalog(locale="te")
    for msgid, msgstr in messages:
        catalogue.add(msgid, msgstr, flags=("fuzzy",) if msgid in fuzzy else ())
    return catalogue


def test_a_label_missing_empty_or_fuzzy_is_untranslated() -> None:
    catalogue = telugu_catalogue(("Sign in", "ప్రవేశించండి"), ("Sign out", ""), ("Home", "హోమ్"), fuzzy=("Home",))
    assert untranslated(catalogue, {"Sign in", "Sign out", "Home", "Profile"}) == {
        "Sign out",
        "Home",
        "Profile",
    }


def test_an_english_text_copied_across_has_no_telugu_letters() -> None:
    catalogue = telugu_catalogue(
        ("Sign in", "ప్రవేశించండి"), ("Sign out", "Sign out"), ("GSTIN", "జీఎస్‌టీఐఎన్ (GSTIN)")
    )
    assert without_telugu_letters(catalogue) == {"Sign out"}


def test_a_text_no_code_marks_is_unused() -> None:
    catalogue = telugu_catalogue(("Sign in", "ప్రవేశించండి"), ("Log in", "లాగిన్"))
    assert unused(catalogue, {"Sign in"}) == {"Log in"}


def test_a_dropped_or_renamed_placeholder_is_caught() -> None:
    catalogue = telugu_catalogue(("Welcome, {name}", "స్వాగతం"), ("Erased on {date}", "{day} న తుడిచివేయబడింది"))
    assert mismatched_placeholders(catalogue) == {"Welcome, {name}", "Erased on {date}"}


def test_extraction_follows_the_apps_babel_configuration(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text((APP_ROOT / "pyproject.toml").read_text())
    package = tmp_path / "src" / "eventxperts_app"
    package.mkdir(parents=True)
    (package / "screen.py").write_text('TITLE = N_("Gallery")\nNOT_A_LABEL = _("not marked with N_")\n')
    assert code_msgids(tmp_path) == {"Gallery"}


def test_a_text_marked_inside_an_f_string_is_found_unextracted(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text((APP_ROOT / "pyproject.toml").read_text())
    package = tmp_path / "src" / "eventxperts_app"
    package.mkdir(parents=True)
    (package / "day.py").write_text(
        'KALAM = N_("Rahu kalam")\n'
        "LINE = f\"{tr(N_('Yamagandam'))}: {window}\"\n"
        'HOISTED = f"{tr(KALAM)}: {window}"\n'
    )
    assert unextracted(tmp_path) == {"src/eventxperts_app/day.py": {"Yamagandam"}}


GALLERY_SDL = """
type Query { albums: [String!]! }
type Mutation { createAlbum(title: String!): AlbumPayload! }
type AlbumPayload { errors: [GalleryError!]! }
type GalleryError { code: GalleryErrorCode! field: String message: String! }
enum GalleryErrorCode { ALBUM_FULL FACE_CONSENT_MISSING }
enum Visibility { PUBLIC PRIVATE }
"""


def test_the_error_codes_of_an_sdl_are_those_its_errors_carry() -> None:
    assert sdl_error_codes(GALLERY_SDL) == {"ALBUM_FULL", "FACE_CONSENT_MISSING"}


def test_a_code_without_its_text_in_either_language_is_caught() -> None:
    texts = {"ALBUM_FULL": "The album is full", "FACE_CONSENT_MISSING": "Face search needs consent"}
    english = Catalog(locale="en")
    for text in texts.values():
        english.add(text, "")
    telugu = telugu_catalogue(("The album is full", "ఆల్బమ్ నిండిపోయింది"))
    codes = sdl_error_codes(GALLERY_SDL)
    assert codes_without_texts(codes, texts, english, telugu) == {"FACE_CONSENT_MISSING"}
    assert codes_without_texts(codes, {}, english, telugu) == codes
    assert codes_without_texts(codes, texts, Catalog(locale="en"), telugu) == codes


def test_a_catalogue_compiled_before_its_last_edit_is_stale() -> None:
    catalogue = telugu_catalogue(("Sign in", "ప్రవేశించండి"))
    compiled = BytesIO()
    write_mo(compiled, catalogue)
    catalogue["Sign in"].string = "లాగిన్ అవ్వండి"  # edited after compiling
    compiled.seek(0)
    assert stale(catalogue, gettext.GNUTranslations(compiled)) == {"Sign in"}
