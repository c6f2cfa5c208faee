"""What a person sees of the app before and around it is EventXperts', not Flet's: the tab's title follows
the screen in both languages, the manifest and icons are ours in English and Telugu, and Chromium finds
the app installable at the edge's origin (loopback is a secure context, as TLS is in production)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from eventxperts_app import brand
from eventxperts_app.web_client.layout import ICONS_DIR
from playwright.sync_api import Page, expect

from ..conftest import RunningPlatform
from .flutter_ui import FlutterUi
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_tabs_title_names_the_screen_in_the_language_shown(
    ui: FlutterUi, platform_stack: RunningPlatform
) -> None:
    ui.open(platform_stack.edge_url)
    ui.expect_text("Welcome back")
    expect(ui.page).to_have_title("Sign in · EventXperts")

    ui.click("New here? Create an account")
    expect(ui.page).to_have_title("Create your account · EventXperts")
    ui.click("తెలుగు")
    expect(ui.page).to_have_title(f"{te('Create your account')} · EventXperts")


def test_chromium_finds_our_manifest_and_can_install_the_app(
    browser_page: Page, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    ui = FlutterUi(browser_page)
    ui.open(platform_stack.edge_url)
    ui.expect_text("Welcome back")
    assert browser_page.evaluate("navigator.serviceWorker.ready.then(r => r.active.scriptURL)").endswith(
        "/sw.js"
    )
    cdp = browser_page.context.new_cdp_session(browser_page)

    found = cdp.send("Page.getAppManifest")
    installable = cdp.send("Page.getInstallabilityErrors")

    assert found["url"] == f"{platform_stack.edge_url}manifest.webmanifest"
    assert found["errors"] == []
    manifest = json.loads(found["data"])
    assert (manifest["name"], manifest["short_name"]) == (brand.APP_NAME, brand.SHORT_NAME)
    assert manifest["theme_color"] == brand.THEME_COLOUR
    assert installable["installabilityErrors"] == []
    ui.screenshot(artifacts_dir / "app-sign-in-installable.png")


def test_the_icons_are_ours_and_nothing_the_person_sees_says_flet(platform_stack: RunningPlatform) -> None:
    origin = platform_stack.edge_url.rstrip("/")
    page = httpx.get(platform_stack.edge_url, timeout=30).text
    manifest = httpx.get(f"{origin}/manifest.webmanifest", timeout=30).json()

    for icon in manifest["icons"]:
        served = httpx.get(f"{origin}{icon['src']}", timeout=30).content
        assert served == (ICONS_DIR / icon["src"].rsplit("/", 1)[1]).read_bytes()
    assert re.search(r"flet", page + json.dumps(manifest), flags=re.IGNORECASE) is None


def test_a_browser_that_prefers_telugu_gets_the_page_and_manifest_in_telugu(
    platform_stack: RunningPlatform,
) -> None:
    telugu = {"accept-language": "te-IN,te;q=0.9,en;q=0.5"}
    page = httpx.get(platform_stack.edge_url, headers=telugu, timeout=30).text
    manifest = httpx.get(f"{platform_stack.edge_url}manifest.webmanifest", headers=telugu, timeout=30).json()

    assert '<html lang="te">' in page
    assert te(brand.TAGLINE) in page
    assert manifest["lang"] == "te"
    assert manifest["description"] == te(brand.DESCRIPTION)
