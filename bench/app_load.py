"""How heavy and how fast the app is to open, in Chromium, through the edge of a platform started here.

For each network (loopback as it is; 5 Mbps down and up with 100 ms added latency, emulated by
Chromium through CDP's Network.emulateNetworkConditions) a fresh browser profile opens the app
twice: the first visit (empty cache) and a return visit (a new tab in the same profile, as someone
coming back the next day). Each visit reports the HTTP requests made, the bytes that came over the
network (Chromium's encodedDataLength: compressed bodies plus headers; 0 for what the cache served)
and the seconds from navigation until the sign-in form is usable (its Email box is in Flutter's
semantics tree). Figures are medians over `--runs`.

    uv run python bench/app_load.py [--runs 3] [--list]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventxperts_cli.platform import Platform, PlatformConfig
from playwright.sync_api import BrowserContext, CDPSession, Page, sync_playwright
from servicekit.registry import load_registry
from servicekit.testing.ports import free_port

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-unsafe-swiftshader",
]
WAIT_MS = 180_000  # a ceiling for a loaded machine, not a target
LIST_REQUESTS = "--list" in sys.argv


@dataclass(frozen=True)
class Network:
    name: str
    latency_ms: float = 0
    bits_per_second: float = -1  # -1: not throttled

    def conditions(self) -> dict[str, Any]:
        throughput = self.bits_per_second / 8 if self.bits_per_second > 0 else -1
        return {
            "offline": False,
            "latency": self.latency_ms,
            "downloadThroughput": throughput,
            "uploadThroughput": throughput,
        }


NETWORKS = (Network("loopback"), Network("5 Mbps / 100 ms", 100, 5_000_000))


@dataclass
class Visit:
    requests: int
    from_cache: int
    transferred: int
    seconds: float


@dataclass
class Traffic:
    """Counts what Chromium's network layer reports for one page (HTTP only: not the websocket)."""

    requests: dict[str, str] = field(default_factory=dict)  # request id -> URL
    from_cache: set[str] = field(default_factory=set)
    responses: dict[str, dict[str, Any]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)

    @property
    def transferred(self) -> int:
        return sum(self.sizes.values())

    def watch(self, cdp: CDPSession) -> None:
        cdp.on("Network.requestWillBeSent", self._request)
        cdp.on("Network.requestServedFromCache", lambda e: self.from_cache.add(e["requestId"]))
        cdp.on("Network.responseReceived", self._response)
        cdp.on("Network.loadingFinished", self._finished)

    def _request(self, event: dict[str, Any]) -> None:
        if event["request"]["url"].startswith(("http:", "https:")):
            self.requests[event["requestId"]] = event["request"]["url"]

    def _response(self, event: dict[str, Any]) -> None:
        response = event["response"]
        self.responses[event["requestId"]] = response
        if response.get("fromDiskCache") or response.get("fromServiceWorker"):
            self.from_cache.add(event["requestId"])

    def _finished(self, event: dict[str, Any]) -> None:
        if event["requestId"] in self.requests:
            self.sizes[event["requestId"]] = int(event["encodedDataLength"])

    def listing(self) -> str:
        """One line per request: size on the wire, status, encoding, caching, URL."""
        lines = []
        for request_id, url in self.requests.items():
            response = self.responses.get(request_id, {})
            headers = {k.lower(): v for k, v in response.get("headers", {}).items()}
            lines.append(
                f"{self.sizes.get(request_id, 0):>9} {response.get('status', '-')} "
                f"{'cache' if request_id in self.from_cache else 'net':5} "
                f"{headers.get('content-encoding', '-'):4} {headers.get('cache-control', '-')[:40]:40} {url}"
            )
        return "\n".join(lines)


def visit(context: BrowserContext, url: str, network: Network) -> Visit:
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    traffic = Traffic()
    traffic.watch(cdp)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", network.conditions())
    started = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=WAIT_MS)
    wait_for_sign_in_form(page)
    seconds = time.perf_counter() - started
    page.wait_for_timeout(1000)  # let late requests (fonts, shaders) finish so they are counted
    page.close()
    if LIST_REQUESTS:
        print(f"-- {network.name}\n{traffic.listing()}", file=sys.stderr)
    return Visit(len(traffic.requests), len(traffic.from_cache), traffic.transferred, seconds)


def wait_for_sign_in_form(page: Page) -> None:
    """Usable: Flutter's semantics tree (switched on as the browser tests do) has the Email box."""
    placeholder = page.locator("flt-semantics-placeholder")
    placeholder.wait_for(state="attached", timeout=WAIT_MS)
    placeholder.dispatch_event("click")
    page.get_by_label("Email", exact=True).wait_for(state="visible", timeout=WAIT_MS)


def one_run(url: str, network: Network, chromium: str) -> tuple[Visit, Visit]:
    profile = Path(tempfile.mkdtemp(prefix="app-load-profile-"))
    try:
        with sync_playwright() as driver:
            context = driver.chromium.launch_persistent_context(
                str(profile),
                executable_path=chromium,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": 390, "height": 844},
            )
            try:
                return visit(context, url, network), visit(context, url, network)
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@contextmanager
def platform() -> Iterator[str]:
    """A platform of its own on free ports (PostgreSQL, services, gateway, app, edge); the edge's URL."""
    data_dir = Path(tempfile.mkdtemp(prefix="app-load-platform-"))
    config = PlatformConfig(
        data_dir=data_dir,
        service_ports={spec.name: free_port() for spec in load_registry()},
        gateway_port=free_port(),
        app_port=free_port(),
        edge_port=free_port(),
        kafka_port=free_port(),
        environment="test",
    )
    running = Platform(config, progress=lambda message: print(f"[platform] {message}", file=sys.stderr))
    running.start()
    try:
        yield config.edge_url
    finally:
        running.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


def median_visit(visits: list[Visit]) -> Visit:
    return Visit(
        int(statistics.median(v.requests for v in visits)),
        int(statistics.median(v.from_cache for v in visits)),
        int(statistics.median(v.transferred for v in visits)),
        statistics.median(v.seconds for v in visits),
    )


def row(network: Network, label: str, result: Visit) -> str:
    megabytes = result.transferred / 1_000_000
    size = f"{megabytes:.2f} MB" if megabytes >= 1 else f"{result.transferred / 1000:.0f} KB"
    requests = f"{result.requests} ({result.from_cache} from cache)"
    return f"| {network.name} | {label} | {requests} | {size} | {result.seconds:.1f} s |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--list", action="store_true", help="print every request to stderr")
    args = parser.parse_args()
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    lines = [
        "| network | visit | requests | transferred | sign-in usable |",
        "|---|---|---|---|---|",
    ]
    with platform() as url:
        for network in NETWORKS:
            runs = [one_run(url, network, chromium) for _ in range(args.runs)]
            lines.append(row(network, "first", median_visit([first for first, _ in runs])))
            lines.append(row(network, "return", median_visit([again for _, again in runs])))
    print(f"app load, median of {args.runs} runs, Chromium at 390x844 through the edge")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
