"""Debian's Chromium (never a downloaded browser), a fresh profile per test, and the app alone."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Generator, Iterator
from pathlib import Path

import pytest
from eventxperts_app.api import AuthSession, GatewayClient
from eventxperts_app.features.account import gateway as account
from eventxperts_cli.platform import app_process
from playwright.sync_api import Page, Playwright, sync_playwright
from servicekit.testing.ports import free_port

from ..conftest import RunningPlatform
from .app_steps import PASSWORD, create_super_admin
from .flutter_ui import FlutterUi
from .gateway_people import Admin

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-unsafe-swiftshader",
    # Long sessions (the layout suite) met stretches with no frame drawn: stale screenshots, and
    # Playwright waiting forever for a "stable" box. Keep the renderer from being throttled.
    "--disable-renderer-backgrounding",
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
]
REPO_ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    return Path(os.environ.get("ARTIFACTS_DIR", REPO_ROOT / "artifacts"))


@pytest.fixture
def playwright_driver(monkeypatch: pytest.MonkeyPatch) -> Iterator[Playwright]:
    # Per test, not per session: the sync driver keeps an event loop running in this thread while
    # it lives, and pytest-asyncio's tests that follow could not start theirs.
    # Chromium's own messages (a GPU process lost, a renderer crashed) go to the test's captured
    # stderr, which pytest shows when the test fails.
    monkeypatch.setenv("DEBUG", "pw:browser")
    with sync_playwright() as driver:
        yield driver


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Keeps each phase's report on the test, so the page fixture knows whether the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def browser_page(
    playwright_driver: Playwright, tmp_path: Path, request: pytest.FixtureRequest, artifacts_dir: Path
) -> Iterator[Page]:
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(chromium).exists():
        pytest.fail(f"{chromium} missing: apt-get install -y chromium (make test does), or set CHROMIUM_PATH")
    context = playwright_driver.chromium.launch_persistent_context(
        str(tmp_path / "chromium-profile"),
        executable_path=chromium,
        headless=True,
        args=CHROMIUM_ARGS,
        viewport={"width": 1280, "height": 900},
    )
    page = context.pages[0] if context.pages else context.new_page()
    try:
        yield page
        failed = getattr(request.node, "report_call", None)
        if failed is not None and failed.failed:
            # What the page showed when the test gave up, for whoever reads the failure.
            shot = artifacts_dir / "failures" / f"{request.node.name}.png"
            shot.parent.mkdir(parents=True, exist_ok=True)
            try:
                page.screenshot(path=str(shot), timeout=15_000)
            except Exception as error:  # a stalled page cannot be drawn; the failure stands alone
                print(f"no failure screenshot: {error!r}")
    finally:
        context.close()


@pytest.fixture
def ui(browser_page: Page) -> FlutterUi:
    return FlutterUi(browser_page)


@pytest.fixture(scope="module")
def app_without_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app, started as `make run` starts it, with a gateway address nothing answers on."""
    port = free_port()
    app = app_process(
        port=port,
        gateway_url=f"http://127.0.0.1:{free_port()}/graphql",
        log_dir=tmp_path_factory.mktemp("app"),
    )
    app.start()
    try:
        app.wait_ready(timeout_s=90)
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.stop()


@pytest.fixture(scope="module")
def admin_email(platform_stack: RunningPlatform) -> str:
    """A super admin of the module's own, made with the operator's CLI."""
    email = f"admin-{secrets.token_hex(4)}@example.in"
    create_super_admin(platform_stack, email)
    return email


@pytest.fixture
async def admin(platform_stack: RunningPlatform, admin_email: str) -> AsyncIterator[Admin]:
    """That super admin, signed in through the app's own client and session."""
    client = GatewayClient(platform_stack.gateway_url)
    auth = AuthSession(client)
    auth.start(await account.login(client, admin_email, PASSWORD))
    assert auth.user is not None
    yield Admin(client, auth, auth.user)
    await client.aclose()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A browser test that fails is run once more (pytest-rerunfailures): under a full session's load,
    headless Chromium sometimes draws no frame for a while after sign-in and a tap waits out its timeout
    (seen in the layout walks and the app journey on fresh clones). It must still pass once; a second
    failure fails the run, and the rerun is reported."""
    for item in items:
        if item.get_closest_marker("browser") is not None:
            item.add_marker(pytest.mark.flaky(reruns=1))
