"""The page, the web manifest and the service worker say EventXperts, in the browser's language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from eventxperts_app import brand
from eventxperts_app.i18n import Language, Translator
from eventxperts_app.web_client.build import WebClient
from eventxperts_app.web_client.pages import Pages, preferred_language

PAGES = Pages(WebClient("1.0.5-abc", Path("/nowhere/1.0.5-abc")))


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("te-IN,te;q=0.9,en;q=0.8", Language.TE),
        ("en-IN,en;q=0.9,te;q=0.8", Language.EN),
        ("hi-IN,te;q=0.7", Language.TE),
        ("hi-IN", Language.EN),
        ("", Language.EN),
        ("te;q=0", Language.EN),
    ],
)
def test_the_browsers_preferred_language_chooses_between_english_and_telugu(
    header: str, language: Language
) -> None:
    assert preferred_language(header) == language


def test_the_page_loads_the_versioned_client_and_shows_our_splash_not_flets() -> None:
    page = PAGES.index(Language.TE)

    assert '<html lang="te">' in page
    assert "<title>EventXperts</title>" in page
    assert '<script src="/_app/1.0.5-abc/bootstrap.js" defer></script>' in page
    assert Translator(Language.TE)(brand.TAGLINE) in page
    assert brand.THEME_COLOUR in page
    assert "flet" not in page.lower()
    assert "<script>" not in page  # the Content-Security-Policy allows no inline script


def test_the_manifest_makes_eventxperts_installable_with_every_icon_size() -> None:
    manifest = json.loads(PAGES.manifest(Language.EN))

    assert (manifest["name"], manifest["short_name"]) == ("EventXperts", "EventXperts")
    assert manifest["description"] == brand.DESCRIPTION
    assert (manifest["start_url"], manifest["scope"], manifest["display"]) == ("/", "/", "standalone")
    assert (manifest["theme_color"], manifest["background_color"]) == (
        brand.THEME_COLOUR,
        brand.BACKGROUND_COLOUR,
    )
    sizes = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("192x192", "maskable"), ("512x512", "maskable")} <= sizes
    assert {icon["sizes"] for icon in manifest["icons"] if icon["purpose"] == "any"} >= {"48x48", "144x144"}
    assert all(icon["src"].startswith("/_app/1.0.5-abc/icons/") for icon in manifest["icons"])


def test_the_telugu_manifest_describes_the_app_in_telugu() -> None:
    manifest = json.loads(PAGES.manifest(Language.TE))

    assert manifest["lang"] == "te"
    assert manifest["description"] == Translator(Language.TE)(brand.DESCRIPTION)
    assert re.search("[\u0c00-\u0c7f]", manifest["description"])


def test_the_service_worker_has_an_offline_page_in_both_languages() -> None:
    script = PAGES.service_worker()

    assert "__OFFLINE_PAGE__" not in script
    for language in Language:
        assert json.dumps(Translator(language)(brand.OFFLINE), ensure_ascii=False)[1:-1] in script
