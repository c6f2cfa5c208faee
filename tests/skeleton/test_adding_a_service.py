"""docs/adding-a-service.md, followed to the letter with a throwaway `hello` service.

Every file the page shows is written out of the page itself into a scratch copy of the repository's
layout; the page's commands then run: the SDL is printed, the service's own tests and the
registered-service checks pass, and the platform (`eventxperts up`'s own code) starts it beside the
users service so that the gateway composes it and answers `{ hello whoAmI }` with the users service's
fields in one graph; the new service then refuses the token of a super admin demoted through the
gateway (servicekit's revocation consumers and verifier, which it has without a line of its own).
What the test does not do is `uv lock` and install the package into the shared environment: it puts
the package's `src` on PYTHONPATH instead, and the registry it writes is a copy of services.toml with
the page's entry appended (SERVICES_REGISTRY).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from eventxperts_cli.platform import Platform, PlatformConfig
from servicekit.registry import DEFAULT_REGISTRY, REPO_ROOT, load_registry
from servicekit.testing.ports import free_port

GUIDE = REPO_ROOT / "docs" / "adding-a-service.md"
FILE_BLOCK = re.compile(r"^```\w+ file=(?P<path>\S+)(?P<append> append)?\n(?P<body>.*?)^```$", re.M | re.S)


REGISTER = """mutation($input: RegisterInput!) {
  register(input: $input) { user { id } tokens { accessToken } errors { code } }
}"""
NEWCOMER = {"name": "Sita", "email": "sita@example.in", "phone": "9876543210", "password": "mangoes4sale"}
LOGIN = (
    "mutation($i: LoginInput!) { login(input: $i) { user { id } tokens { accessToken } errors { code } } }"
)
REVOKE_ROLE = "mutation($u: ID!) { revokeRole(userId: $u, role: SUPER_ADMIN) { errors { code } } }"
ADMIN_PASSWORD = "Operator2026x"
WAIT_LIMIT = 60.0  # a bound on waiting, not a performance assertion


@dataclass(frozen=True)
class Scratch:
    root: Path
    registry: Path
    env: dict[str, str]


def write_the_guides_files(root: Path) -> list[str]:
    """Write every `file=` block of the guide under `root`; returns the paths written."""
    written = []
    for block in FILE_BLOCK.finditer(GUIDE.read_text(encoding="utf-8")):
        path = root / block["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        if block["append"]:
            with path.open("a", encoding="utf-8") as target:
                target.write("\n" + block["body"])
        else:
            path.write_text(block["body"], encoding="utf-8")
        written.append(block["path"])
    return written


def registry_with_repository_roots(root: Path) -> Path:
    """services.toml as it is, each entry pointing at its folder in the repository."""
    lines = []
    for line in DEFAULT_REGISTRY.read_text(encoding="utf-8").splitlines():
        lines.append(line)
        if match := re.fullmatch(r"\[(\w+)\]", line.strip()):
            lines.append(f'root = "{REPO_ROOT / "services" / match[1]}"')
    registry = root / "services.toml"
    registry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return registry


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory, pg_server_url: str) -> Scratch:
    root = tmp_path_factory.mktemp("adding-a-service")
    registry = registry_with_repository_roots(root)
    written = write_the_guides_files(root)
    assert "services/hello/src/hello_service/service.py" in written
    env = {
        **os.environ,
        "SERVICES_REGISTRY": str(registry),
        "PYTHONPATH": os.pathsep.join([str(root / "services/hello/src"), os.environ.get("PYTHONPATH", "")]),
        "DATABASE_URL": pg_server_url,
    }
    return Scratch(root, registry, env)


def run(scratch: Scratch, *argv: str) -> str:
    done = subprocess.run(argv, env=scratch.env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_guide_gives_a_service_that_prints_its_sdl_and_passes_its_tests(scratch: Scratch) -> None:
    run(scratch, sys.executable, "-m", "eventxperts_cli", "sdl", "hello")
    sdl = (scratch.root / "services/hello/schema.graphql").read_text(encoding="utf-8")
    assert "hello: String!" in sdl
    assert "whoAmI: String" in sdl

    output = run(
        scratch,
        # The repository's conftest.py (loaded first, for tests/services) brings servicekit's fixtures.
        *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"),
        *("-c", str(REPO_ROOT / "pyproject.toml"), "--rootdir", str(scratch.root)),
        str(REPO_ROOT / "tests/services"),
        str(scratch.root / "services/hello/tests"),
    )
    # hello's 3 tests; per service (the repository's and hello) the declaration, SDL, migration and package
    # checks; README's row check runs over the repository's own registry.
    ours = len(load_registry(DEFAULT_REGISTRY))
    assert re.search(rf"^{3 + 4 * (ours + 1) + ours} passed", output, re.M), output


@pytest.fixture(scope="module")
def platform_with_hello(scratch: Scratch, pg_server_url: str) -> Iterator[PlatformConfig]:
    run(scratch, sys.executable, "-m", "eventxperts_cli", "sdl", "hello")
    patched = pytest.MonkeyPatch()
    patched.setenv("SERVICES_REGISTRY", scratch.env["SERVICES_REGISTRY"])
    patched.setenv("PYTHONPATH", scratch.env["PYTHONPATH"])
    # `eventxperts up` migrates from its own process, so it imports the new package too.
    patched.syspath_prepend(str(scratch.root / "services/hello/src"))
    services = load_registry(scratch.registry)
    config = PlatformConfig(
        data_dir=scratch.root / ".data",
        database_url=pg_server_url,
        services=services,
        service_ports={entry.name: free_port() for entry in services},
        gateway_port=free_port(),
        edge_port=free_port(),
        with_app=False,
        environment="test",
        extra_env={"ARGON2_MEMORY_KIB": "8192", "ARGON2_TIME_COST": "1"},
    )
    platform = Platform(config, progress=lambda message: print(f"[platform] {message}"))
    try:
        platform.start()
        yield config
    finally:
        platform.stop()
        patched.undo()


def test_the_platform_starts_the_new_service_and_the_gateway_composes_it(
    platform_with_hello: PlatformConfig,
) -> None:
    config = platform_with_hello
    answer = httpx.post(
        config.gateway_url,
        json={"query": '{ hello whoAmI __type(name: "User") { name } }'},
        timeout=30,
    ).json()
    assert answer["data"] == {"hello": "Namaskaram!", "whoAmI": None, "__type": {"name": "User"}}
    registered = httpx.post(
        config.gateway_url,
        json={"query": REGISTER, "variables": {"input": NEWCOMER}},
        timeout=30,
    ).json()["data"]["register"]
    token = registered["tokens"]["accessToken"]
    mine = httpx.post(
        config.gateway_url,
        json={"query": "{ whoAmI }"},
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    ).json()
    assert mine == {"data": {"whoAmI": registered["user"]["id"]}}
    ready = httpx.get(f"{config.service_url('hello')}/readyz", timeout=10).json()
    assert ready["ready"] is True
    assert set(ready["checks"]) == {"database", "bus"}


def signed_in_super_admin(scratch: Scratch, config: PlatformConfig) -> dict[str, str]:
    """A super admin made with the operator's CLI on the platform's database, signed in at the gateway."""
    email = f"ops.{uuid.uuid4().hex[:6]}@eventxperts.app"
    create = ("admin", "create", "--email", email, "--name", "Ops", "--phone", "+91 98480 22338")
    run(scratch, sys.executable, "-m", "eventxperts_cli", *create, "--password", ADMIN_PASSWORD)
    login = httpx.post(
        config.gateway_url,
        json={"query": LOGIN, "variables": {"i": {"email": email, "password": ADMIN_PASSWORD}}},
        timeout=30,
    ).json()["data"]["login"]
    return {"id": login["user"]["id"], "token": login["tokens"]["accessToken"]}


def who_am_i(config: PlatformConfig, token: str) -> dict[str, Any]:
    """`{ whoAmI }` (hello's field) through the gateway, as the app asks it."""
    answer: dict[str, Any] = httpx.post(
        config.gateway_url,
        json={"query": "{ whoAmI }"},
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    ).json()
    return answer


def test_the_new_service_refuses_the_token_of_an_admin_demoted_through_the_gateway(
    scratch: Scratch, platform_with_hello: PlatformConfig
) -> None:
    config = platform_with_hello
    demoting, demoted = signed_in_super_admin(scratch, config), signed_in_super_admin(scratch, config)
    assert who_am_i(config, demoted["token"]) == {"data": {"whoAmI": demoted["id"]}}

    revoked = httpx.post(
        config.gateway_url,
        json={"query": REVOKE_ROLE, "variables": {"u": demoted["id"]}},
        headers={"authorization": f"Bearer {demoting['token']}"},
        timeout=30,
    ).json()
    assert revoked == {"data": {"revokeRole": {"errors": []}}}

    # The demotion reaches hello as an event; ask until it refuses the token the admin still holds.
    deadline = time.monotonic() + WAIT_LIMIT
    while "errors" not in (answer := who_am_i(config, demoted["token"])):
        assert time.monotonic() < deadline, f"hello still accepts the demoted admin's token: {answer}"
        time.sleep(0.1)
    assert [error["extensions"]["code"] for error in answer["errors"]] == ["UNAUTHENTICATED"]
    hello_log = (config.log_dir / "hello.log").read_text(encoding="utf-8")
    assert '"reason": "TOKEN_REVOKED"' in hello_log, "hello refused it as revoked, not for another reason"
    assert who_am_i(config, demoting["token"]) == {"data": {"whoAmI": demoting["id"]}}
