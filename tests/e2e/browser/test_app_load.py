"""The app is light to open through the edge: nothing comes from another host, the web client comes
compressed, a return visit takes it from the browser's cache, and Telugu never waits for its font.
(How long it takes is measured by bench/app_load.py, not here.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Request, Route

from ..conftest import RunningPlatform
from .flutter_ui import FlutterUi
from .network import Network

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FIRST_VISIT_BUDGET = 5_000_000  # bytes on the wire (issue 9); the client is ~4.1 MB with brotli
RETURN_VISIT_BUDGET = 300_000
COMPRESSIBLE = (".js", ".mjs", ".wasm", ".json", ".ttf", ".otf")
FIRST_FRAME = (
    "window.addEventListener('flutter-first-frame', () => { window.firstFrameAt = performance.now(); })"
)


def open_sign_in(page: Page, url: str) -> None:
    ui = FlutterUi(page)
    ui.open(url)
    ui.expect_text("Welcome back")


def test_nothing_is_requested_from_any_host_but_the_platforms_own_origin(
    browser_page: Page, platform_stack: RunningPlatform
) -> None:
    origin = platform_stack.edge_url.rstrip("/")
    elsewhere: list[str] = []
    refused: list[Request] = []

    def only_our_origin(route: Route) -> None:
        if route.request.url.startswith(f"{origin}/"):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    browser_page.context.route("**/*", only_our_origin)
    browser_page.on("requestfailed", lambda request: refused.append(request))
    open_sign_in(browser_page, platform_stack.edge_url)

    assert elsewhere == []
    # What the client asks of other hosts (flet-web's build names a CDN for rive_native.js) is refused
    # by the page's Content-Security-Policy before it is sent.
    assert [r.failure for r in refused if not r.url.startswith(origin)] in ([], ["csp"])


def test_the_client_comes_compressed_and_a_return_visit_takes_it_from_the_cache(
    browser_page: Page, platform_stack: RunningPlatform
) -> None:
    first = Network(browser_page)
    open_sign_in(browser_page, platform_stack.edge_url)
    browser_page.wait_for_timeout(1000)  # late requests (the manifest's icon) are counted; not a check
    browser_page.close()
    again_page = browser_page.context.new_page()
    again = Network(again_page)
    open_sign_in(again_page, platform_stack.edge_url)

    page = next(e for e in first.exchanges if e.path == "/")
    client = [e for e in first.exchanges if e.path.startswith("/_app/")]
    assert page.headers["cache-control"] == "no-cache"
    assert page.headers["content-encoding"] in ("br", "gzip")
    assert {e.headers["cache-control"] for e in client} == {"public, max-age=31536000, immutable"}
    assert {e.headers.get("content-encoding") for e in client if e.path.endswith(COMPRESSIBLE)} == {"br"}
    assert first.transferred <= FIRST_VISIT_BUDGET
    assert [e.path for e in again.exchanges if e.path.startswith("/_app/") and not e.from_cache] == []
    assert again.transferred <= RETURN_VISIT_BUDGET


def test_the_telugu_font_is_there_before_the_first_frame_and_nothing_is_missing(
    browser_page: Page, platform_stack: RunningPlatform
) -> None:
    network = Network(browser_page)
    browser_page.add_init_script(FIRST_FRAME)
    open_sign_in(browser_page, platform_stack.edge_url)
    FlutterUi(browser_page).expect_text("తెలుగు")

    first_frame = browser_page.evaluate("window.firstFrameAt")
    font_arrived = browser_page.evaluate(
        "performance.getEntriesByType('resource')"
        ".find(e => e.name.endsWith('/assets/fonts/NotoSansTelugu.ttf')).responseEnd"
    )
    assert font_arrived <= first_frame
    assert [(e.status, e.path) for e in network.exchanges if e.status >= 400] == []
    # Flutter never had to look for a Telugu font elsewhere: none of its text lacked one.
    assert [e.path for e in network.exchanges if "/notosanstelugu/" in e.path] == []


def test_flutter_draws_on_the_pages_own_thread(browser_page: Page, platform_stack: RunningPlatform) -> None:
    # With skwasm's second thread (a worker sharing the page's memory) the page's thread and the worker
    # spun at 100 % CPU each, no frame drawn, for minutes at a time (decision 0049).
    open_sign_in(browser_page, platform_stack.edge_url)
    assert browser_page.evaluate("typeof window._flutter_skwasmInstance") == "object"  # skwasm, still
    assert browser_page.workers == []
