"""Debian's Chromium (never a downloaded browser), a fresh profile per test, and the app alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, Playwright, sync_playwright

from ..conftest import free_port
from .flutter_ui import FlutterUi

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-unsafe-swiftshader",
]
REPO_ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    return Path(os.environ.get("ARTIFACTS_DIR", REPO_ROOT / "artifacts"))


@pytest.fixture
def playwright_driver() -> Iterator[Playwright]:
    # Per test, not per session: the sync driver keeps an event loop running in this thread while
    # it lives, and pytest-asyncio's tests that follow could not start theirs.
    with sync_playwright() as driver:
        yield driver


@pytest.fixture
def browser_page(playwright_driver: Playwright, tmp_path: Path) -> Iterator[Page]:
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
    try:
        yield context.pages[0] if context.pages else context.new_page()
    finally:
        context.close()


@pytest.fixture
def ui(browser_page: Page) -> FlutterUi:
    return FlutterUi(browser_page)


def wait_until_serving(url: str, process: subprocess.Popen[bytes], timeout_s: float = 90) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app exited with {process.returncode} before serving {url}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the app did not serve {url} within {timeout_s} s")


@pytest.fixture(scope="module")
def app_without_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app, started as `make run` starts it, with a gateway address nothing answers on."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("app") / "app.log"
    env = {
        **os.environ,
        "APP_HOST": "127.0.0.1",
        "APP_PORT": str(port),
        "GATEWAY_URL": f"http://127.0.0.1:{free_port()}/graphql",
    }
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "eventxperts_app"], env=env, stdout=log, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_serving(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
