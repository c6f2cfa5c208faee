"""Login storm: what bursts of sign-ins and sign-ups do to the users service and to everyone else on it.

Starts `python -m users_service` as the platform does (its own embedded PostgreSQL in a scratch
directory, migrations on start, the production argon2 settings unless `--env NAME=VALUE` changes
them), then for each storm sends its requests all at once while another signed-in person asks `me`
in a loop, one request after the other, and a monitor polls `/healthz`:

- sign-ups: 100 registrations at once (their accounts are used below);
- same account: 100 right-password sign-ins to one account at once;
- different accounts: one right-password sign-in to each of the 100 accounts at once;
- wrong password: 100 wrong-password sign-ins to one account at once (the lockout answers).

`internal` counts answers that are not a typed outcome: HTTP 5xx, GraphQL errors without a code
("Something went wrong"), dropped connections; `me` answers count too. Codes are the payloads' error
codes. After the storms, 40 wrong passwords for existing accounts and 40 unknown emails are tried one
at a time, interleaved: the two must take as long (issue 8 item 7).

    uv run python bench/login_storm.py [--storm 100] [--env ARGON2_TIME_COST=3 ...] [--gateway]

`--gateway` starts the platform as `make run` does (no app) and sends everything through the gateway.
A last probe sends one request with six aliased wrong sign-ins (item 6).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from eventxperts_cli.platform import Platform, PlatformConfig
from servicekit.postgres import start_embedded_server
from servicekit.registry import load_registry
from servicekit.settings import ServiceSettings
from servicekit.testing.ports import free_port
from servicekit.testing.service import gateway_headers

PASSWORD = "mangoes4sale"
REGISTER = """mutation($input: RegisterInput!) { register(input: $input) {
  tokens { accessToken } errors { code } } }"""
LOGIN = (
    """mutation($input: LoginInput!) { login(input: $input) { tokens { accessToken } errors { code } } }"""
)
ME = "{ me { id } }"


@dataclass
class Answers:
    """Outcomes of one kind of request, by code ("ok" for success), with their durations."""

    codes: Counter[str] = field(default_factory=Counter)
    ms: list[float] = field(default_factory=list)

    @property
    def internal(self) -> int:
        return sum(n for code, n in self.codes.items() if code.startswith("internal"))

    def p(self, percent: int) -> float:
        if len(self.ms) < 2:
            return self.ms[0] if self.ms else float("nan")
        return statistics.quantiles(self.ms, n=100, method="inclusive")[percent - 1]


def outcome(response: httpx.Response) -> str:
    if response.status_code != 200:
        return f"internal HTTP {response.status_code}"
    body = response.json()
    if body.get("errors"):  # a query's refusal carries its code; a masked bug carries none
        return str(body["errors"][0].get("extensions", {}).get("code", "internal GraphQL error"))
    if "data" not in body:  # /healthz
        return "ok"
    payload = next(iter(body["data"].values()))
    if isinstance(payload, dict) and payload.get("errors"):
        return str(payload["errors"][0]["code"])
    return "ok"


async def timed(answers: Answers, call: Awaitable[httpx.Response]) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        response = await call
        answers.codes[outcome(response)] += 1
    except httpx.HTTPError as error:
        response = None
        answers.codes[f"internal {type(error).__name__}"] += 1
    answers.ms.append((time.perf_counter() - started) * 1000)
    return response


class Service:
    def __init__(self, base_url: str) -> None:
        limits = httpx.Limits(max_connections=1000, max_keepalive_connections=1000)
        # As the gateway calls a subgraph: with its secret (the development one both sides default to;
        # the gateway itself ignores it).
        self.http = httpx.AsyncClient(
            base_url=base_url, timeout=120, limits=limits, headers=gateway_headers(ServiceSettings())
        )

    async def graphql(
        self, query: str, variables: dict[str, Any], token: str | None = None
    ) -> httpx.Response:
        headers = {"authorization": f"Bearer {token}"} if token else {}
        return await self.http.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )

    def register(self, email: str) -> Awaitable[httpx.Response]:
        phone = "9" + "".join(secrets.choice("0123456789") for _ in range(9))
        person = {"name": "Storm", "email": email, "phone": phone, "password": PASSWORD, "role": "USER"}
        return self.graphql(REGISTER, {"input": person})

    def login(self, email: str, password: str = PASSWORD) -> Awaitable[httpx.Response]:
        return self.graphql(LOGIN, {"input": {"email": email, "password": password}})


class Bystanders:
    """Someone else asking `me` one request after another, and a monitor polling /healthz."""

    def __init__(self, service: Service, token: str) -> None:
        self.service, self.token = service, token
        self.me, self.health = Answers(), Answers()
        self._stop = asyncio.Event()

    async def run(self) -> None:
        await asyncio.gather(self._me(), self._health())

    def stop(self) -> None:
        self._stop.set()

    async def _me(self) -> None:
        while not self._stop.is_set():
            await timed(self.me, self.service.graphql(ME, {}, self.token))

    async def _health(self) -> None:
        while not self._stop.is_set():
            await timed(self.health, self.service.http.get("/healthz"))
            await asyncio.sleep(0.05)


@dataclass
class Row:
    storm: str
    requests: Answers
    bystanders: Bystanders
    seconds: float

    def cells(self) -> list[str]:
        codes = ", ".join(f"{c} {n}" for c, n in sorted(self.requests.codes.items()))
        me, health = self.bystanders.me, self.bystanders.health
        return [
            self.storm,
            str(sum(self.requests.codes.values())),
            codes,
            str(self.requests.internal + me.internal),
            f"{self.seconds:.1f}",
            f"{self.requests.p(50):.0f} / {self.requests.p(95):.0f}",
            f"{me.p(50):.0f} / {me.p(95):.0f} / {max(me.ms):.0f}",
            f"{sum(me.codes.values()) - me.codes['ok']} of {sum(me.codes.values())}"
            + "".join(f", {code} {n}" for code, n in sorted(me.codes.items()) if code != "ok"),
            f"{health.p(95):.0f}",
        ]


HEADER = [
    "storm",
    "requests",
    "answers",
    "internal",
    "wall s",
    "p50 / p95 ms",
    "me p50/p95/max ms",
    "me not ok",
    "healthz p95",
]


async def storm(
    name: str, service: Service, observer_token: str, calls: list[Awaitable[httpx.Response]]
) -> Row:
    requests = Answers()
    bystanders = Bystanders(service, observer_token)
    watching = asyncio.create_task(bystanders.run())
    await asyncio.sleep(0.5)  # the bystanders' baseline before the storm
    started = time.perf_counter()
    await asyncio.gather(*(timed(requests, call) for call in calls))
    seconds = time.perf_counter() - started
    bystanders.stop()
    await watching
    return Row(name, requests, bystanders, seconds)


async def timing_probe(service: Service, known: list[str], tries: int) -> tuple[Answers, Answers]:
    """Wrong passwords for existing accounts against unknown emails, one at a time, interleaved."""
    wrong, unknown = Answers(), Answers()
    for i in range(tries):
        await timed(wrong, service.login(known[i % len(known)], "not-the-password-1"))
        await timed(unknown, service.login(f"nobody-{secrets.token_hex(4)}@example.in", PASSWORD))
    return wrong, unknown


async def aliased_guesses(service: Service, email: str, guesses: int) -> Counter[str]:
    """One request with `guesses` aliased wrong sign-ins: the codes of its answers."""
    fields = " ".join(
        f'g{i}: login(input: {{email: "{email}", password: "guess-{i}-xyz"}}) {{ errors {{ code }} }}'
        for i in range(guesses)
    )
    data = (await service.graphql(f"mutation {{ {fields} }}", {})).json()["data"]
    return Counter(str(answer["errors"][0]["code"]) if answer["errors"] else "ok" for answer in data.values())


async def run(base_url: str, size: int) -> None:
    service = Service(base_url)
    observer = (await service.register("observer@example.in")).json()["data"]["register"]
    token = observer["tokens"]["accessToken"]
    emails = [f"storm-{i}@example.in" for i in range(size)]
    target = "target@example.in"
    await service.register(target)
    rows = [await storm("sign-ups", service, token, [service.register(e) for e in emails])]
    rows.append(await storm("same account", service, token, [service.login(target) for _ in range(size)]))
    rows.append(await storm("different accounts", service, token, [service.login(e) for e in emails]))
    wrongs = [service.login(target, "not-the-password-1") for _ in range(size)]
    rows.append(await storm("wrong password", service, token, wrongs))
    wrong, unknown = await timing_probe(service, emails, 40)
    aliased = await aliased_guesses(service, emails[0], 6)
    await service.http.aclose()
    print_table(rows)
    print()
    print(f"wrong password for an existing account, median {wrong.p(50):.0f} ms, p95 {wrong.p(95):.0f} ms")
    print(
        f"unknown email,                          median {unknown.p(50):.0f} ms, p95 {unknown.p(95):.0f} ms"
    )
    print(
        "one request with 6 aliased wrong sign-ins:",
        ", ".join(f"{c} {n}" for c, n in sorted(aliased.items())),
    )


def print_table(rows: list[Row]) -> None:
    table = [HEADER, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADER))]
    for line in table:
        print(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))


def start_service(scratch: Path, extra_env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": start_embedded_server(scratch),
        "RUN_MIGRATIONS_ON_START": "true",
        "USERS_PORT": str(port),
        "AUTH_ISSUER": f"http://127.0.0.1:{port}",
        **extra_env,
    }
    log = (scratch / "users.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "users_service"], env=env, stdout=log, stderr=log)
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{base_url}/readyz").status_code == 200:
                return process, base_url
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit(f"the users service did not start; see {scratch / 'users.log'}")


def start_platform(scratch: Path, extra_env: dict[str, str]) -> tuple[Platform, str]:
    """PostgreSQL, the services and the gateway as `make run` starts them (no app), on free ports."""
    config = PlatformConfig(
        data_dir=scratch,
        service_ports={spec.name: free_port() for spec in load_registry()},
        gateway_port=free_port(),
        with_app=False,
        extra_env=extra_env,
    )
    platform = Platform(config, progress=lambda _: None)
    platform.start()
    return platform, f"http://127.0.0.1:{config.gateway_port}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--storm", type=int, default=100, help="requests per storm")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the service's settings")
    parser.add_argument(
        "--gateway", action="store_true", help="through the gateway, the platform as make run"
    )
    args = parser.parse_args()
    extra_env = dict(item.split("=", 1) for item in args.env)
    scratch = Path(tempfile.mkdtemp(prefix="bench-login-"))
    if args.gateway:
        platform, base_url = start_platform(scratch, extra_env)
        try:
            asyncio.run(run(base_url, args.storm))
        finally:
            platform.stop()
    else:
        process, base_url = start_service(scratch, extra_env)
        try:
            asyncio.run(run(base_url, args.storm))
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(f"(logs in {scratch}; {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
