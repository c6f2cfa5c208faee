"""Cost per request: the fixed cost of a service and of the gateway, on the real processes.

Starts the platform as `make run` does (embedded PostgreSQL, every service of `services.toml` as
`python -m <package>`, the gateway as `node src/main.js`), on free ports in a scratch directory,
registers one person, then measures for every registered service, straight to the service and
through the gateway:

- `GET /healthz` (the gateway answers its own),
- `{ __typename }` (through the gateway: answered by the gateway, no subgraph call),
- a `me`-sized authenticated query (`ME_SIZED` below; a service without one gets no row).

One client, one kept-alive connection per process, requests one after another. Cells are measured
in interleaved rounds so that load from other work on the machine spreads over all of them. Columns:
median and p95 of the client's wall time; `overhead` = through the gateway minus direct (medians);
`svc log` the median the service's own request log gives; `cpu/req` the CPU milliseconds the service
and the gateway processes used per request (from /proc; steadier than wall time on a shared machine).

    uv run python bench/requests.py [--rounds 10] [--per-round 40] [--warmup 100]
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# This script is named requests.py: keep its folder off the path, so that a dependency importing the
# `requests` library never finds this file instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

from eventxperts_cli.platform import Platform, PlatformConfig  # noqa: E402 - after the path fix
from servicekit.gateway_only import GATEWAY_SECRET_HEADER  # noqa: E402
from servicekit.registry import load_registry  # noqa: E402
from servicekit.testing.ports import free_port  # noqa: E402

ME_SIZED = {"users": "{ me { id email roles profile { businessName } } }"}
TYPENAME = "{ __typename }"
FORWARDED = {"me"}  # requests the gateway passes on to the subgraph
REGISTER = """mutation R($input: RegisterInput!) {
  register(input: $input) { tokens { accessToken } errors { code message } }
}"""
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Target:
    """Where a request goes: a process listening on a port, whose CPU time we can read."""

    name: str
    port: int
    pid: int


@dataclass(frozen=True)
class Cell:
    service: str
    request: str  # "/healthz", "{ __typename }", "me"
    via: str  # "direct" | "gateway"
    method: str
    path: str
    body: bytes | None
    token: str | None = None

    @property
    def id_prefix(self) -> str:
        return f"bench-{self.service}-{self.request.strip('{}/ _').replace(' ', '')}-{self.via}-"


@dataclass
class Samples:
    wall_ms: list[float] = field(default_factory=list)
    cpu_s: dict[str, float] = field(default_factory=lambda: defaultdict(float))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (10 ms resolution; batches make it fine enough)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


class Client:
    """One kept-alive HTTP/1.1 connection per port: the client's own cost stays small and constant."""

    def __init__(self, headers: dict[str, str]) -> None:
        self._connections: dict[int, http.client.HTTPConnection] = {}
        # Sent on every request: the gateway's secret, which direct calls to a subgraph need.
        self._headers = headers

    def send(self, port: int, cell: Cell, request_id: str) -> tuple[float, bytes]:
        headers = {**self._headers, "x-request-id": request_id, "content-type": "application/json"}
        if cell.token:
            headers["authorization"] = f"Bearer {cell.token}"
        try:
            elapsed, status, body = self._exchange(port, cell, headers)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # A server closed the idle connection (uvicorn after 5 s): reconnect, time the retry alone.
            self._connections.pop(port).close()
            elapsed, status, body = self._exchange(port, cell, headers)
        if status != 200 or (body.startswith(b"{") and "errors" in json.loads(body)):
            raise RuntimeError(f"{cell.request} via {cell.via}: HTTP {status} {body[:300]!r}")
        return elapsed, body

    def _exchange(self, port: int, cell: Cell, headers: dict[str, str]) -> tuple[float, int, bytes]:
        connection = self._connections.setdefault(port, http.client.HTTPConnection("127.0.0.1", port))
        started = time.perf_counter()
        connection.request(cell.method, cell.path, body=cell.body, headers=headers)
        response = connection.getresponse()
        body = response.read()
        return (time.perf_counter() - started) * 1000, response.status, body

    def close(self) -> None:
        for connection in self._connections.values():
            connection.close()


def graphql(query: str, variables: dict[str, object] | None = None) -> bytes:
    return json.dumps({"query": query, "variables": variables or {}}).encode()


def cells_of(service: str, token: str) -> list[Cell]:
    requests: list[tuple[str, str, str, str | None, str | None]] = [
        ("/healthz", "GET", "/healthz", None, None),
        (TYPENAME, "POST", "/graphql", TYPENAME, None),
    ]
    if service in ME_SIZED:
        requests.append(("me", "POST", "/graphql", ME_SIZED[service], token))
    return [
        Cell(service, name, via, method, path, graphql(query) if query else None, auth)
        for name, method, path, query, auth in requests
        for via in ("direct", "gateway")
    ]


def register(client: Client, gateway: Target) -> str:
    email = f"bench-{uuid.uuid4().hex[:8]}@example.in"
    person = {"name": "Bench Mark", "email": email, "phone": "9876543210", "password": "mangoes4sale!"}
    cell = Cell("-", "register", "gateway", "POST", "/graphql", graphql(REGISTER, {"input": person}))
    _, body = client.send(gateway.port, cell, "bench-register")
    payload = json.loads(body)["data"]["register"]
    if payload["errors"]:
        raise RuntimeError(f"register: {payload['errors']}")
    token: str = payload["tokens"]["accessToken"]
    return token


def measure(
    client: Client, cells: list[Cell], targets: dict[str, Target], *, rounds: int, per_round: int, warmup: int
) -> dict[Cell, Samples]:
    samples = {cell: Samples() for cell in cells}
    gateway = targets["gateway"]
    for cell in cells:
        port = gateway.port if cell.via == "gateway" else targets[cell.service].port
        for i in range(warmup):
            client.send(port, cell, f"bench-warmup-{i}")
    for round_no in range(rounds):
        for cell in cells:
            port = gateway.port if cell.via == "gateway" else targets[cell.service].port
            watched = [targets[cell.service], gateway]
            cpu_before = {t.name: cpu_seconds(t.pid) for t in watched}
            for i in range(per_round):
                elapsed, _ = client.send(port, cell, f"{cell.id_prefix}{round_no}-{i}")
                samples[cell].wall_ms.append(elapsed)
            for t in watched:
                samples[cell].cpu_s[t.name] += cpu_seconds(t.pid) - cpu_before[t.name]
    return samples


def logged_ms(log_path: Path, prefix: str) -> list[float]:
    """What the service's own request log says each of a cell's requests took."""
    found = []
    for line in log_path.read_text(errors="replace").splitlines():
        if prefix in line and line.startswith("{"):
            entry = json.loads(line)
            if entry.get("event") == "request" and str(entry.get("request_id", "")).startswith(prefix):
                found.append(float(entry["ms"]))
    return found


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


HEADER = (
    f"{'service':<10} {'request':<16} {'direct p50':>10} {'p95':>6} {'gateway p50':>11} {'p95':>6} "
    f"{'overhead':>8} {'svc log p50':>11} {'svc cpu/req':>11} {'gw cpu/req':>10}"
)


def rows(samples: dict[Cell, Samples], log_dir: Path) -> Iterator[str]:
    by_key = {(c.service, c.request, c.via): (c, s) for c, s in samples.items()}
    for service, request in dict.fromkeys((c.service, c.request) for c in samples):
        direct_cell, direct = by_key[(service, request, "direct")]
        _, through = by_key[(service, request, "gateway")]
        d50, g50 = statistics.median(direct.wall_ms), statistics.median(through.wall_ms)
        logged = logged_ms(log_dir / f"{service}.log", direct_cell.id_prefix)
        svc_log = f"{statistics.median(logged):>11.2f}" if logged else f"{'-':>11}"
        # The gateway answers /healthz and `{ __typename }` itself: nothing is forwarded to compare.
        overhead = f"{g50 - d50:.2f}" if request in FORWARDED else "-"
        svc_cpu = direct.cpu_s[service] / len(direct.wall_ms) * 1000
        gw_cpu = through.cpu_s["gateway"] / len(through.wall_ms) * 1000
        yield (
            f"{service:<10} {request:<16} {d50:>10.2f} {percentile(direct.wall_ms, 0.95):>6.2f} "
            f"{g50:>11.2f} {percentile(through.wall_ms, 0.95):>6.2f} {overhead:>8} {svc_log} "
            f"{svc_cpu:>11.2f} {gw_cpu:>10.2f}"
        )


@contextlib.contextmanager
def running_platform(scratch: Path) -> Iterator[tuple[Platform, dict[str, Target]]]:
    services = load_registry()
    config = PlatformConfig(
        data_dir=scratch,
        services=services,
        service_ports={s.name: free_port() for s in services},
        gateway_port=free_port(),
        with_app=False,
    )
    platform = Platform(config, progress=lambda line: print(f"  {line}", flush=True))
    platform.start()
    try:
        # Platform keeps its processes to itself; the benchmark reads their CPU time by pid.
        processes = {p.name: p.process for p in platform._processes}
        targets = {
            s.name: Target(s.name, config.service_ports[s.name], _pid(processes[f"{s.name} service"]))
            for s in services
        }
        targets["gateway"] = Target("gateway", config.gateway_port, _pid(processes["gateway"]))
        yield platform, targets
    finally:
        platform.stop()


def _pid(process: object) -> int:
    pid = getattr(process, "pid", None)
    if not isinstance(pid, int):
        raise RuntimeError("a platform process has no pid")
    return pid


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=10, help="interleaved rounds over every cell")
    parser.add_argument("--per-round", type=int, default=40, help="requests per cell per round")
    parser.add_argument("--warmup", type=int, default=100, help="requests per cell first, not reported")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-requests-"))
    with running_platform(scratch) as (platform, targets):
        client = Client({GATEWAY_SECRET_HEADER.decode(): platform.gateway_secret or ""})
        token = register(client, targets["gateway"])
        cells = [cell for s in platform.config.services for cell in cells_of(s.name, token)]
        load_before = os.getloadavg()
        samples = measure(
            client, cells, targets, rounds=args.rounds, per_round=args.per_round, warmup=args.warmup
        )
        load_after = os.getloadavg()
        client.close()
        print()
        print(f"{args.rounds} rounds x {args.per_round} requests per cell; times in ms")
        print(HEADER)
        for row in rows(samples, platform.config.log_dir):
            print(row)
        print(
            f"load average (1 min) {load_before[0]:.1f} before, {load_after[0]:.1f} after, "
            f"on {os.cpu_count()} cores"
        )


if __name__ == "__main__":
    main()
