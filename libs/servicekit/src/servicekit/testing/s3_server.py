"""A real S3-compatible server on loopback for tests: Versity Gateway (`versitygw`, Apache-2.0) over a
POSIX directory. `make install-test` builds it from the Go module proxy into `.cache/versitygw/` (once);
VERSITYGW_PATH names another binary."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from servicekit.registry import REPO_ROOT
from servicekit.testing.ports import free_port

STARTUP_SECONDS = 30.0


class VersityGatewayMissing(Exception):
    code = "VERSITYGW_MISSING"


def versitygw_binary() -> Path:
    override = os.environ.get("VERSITYGW_PATH", "").strip()
    path = Path(override) if override else REPO_ROOT / ".cache" / "versitygw" / "versitygw"
    if not path.is_file():
        raise VersityGatewayMissing(f"{path} is missing: `make install-test` builds it (Go module proxy)")
    return path


@dataclass
class VersityGateway:
    """`start()` it, use `endpoint_url` with `access_key`/`secret_key`, `stop()` it."""

    root: Path
    port: int = field(default_factory=free_port)
    access_key: str = field(default_factory=lambda: "test" + secrets.token_hex(6))
    secret_key: str = field(default_factory=lambda: secrets.token_hex(20))
    _process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "ROOT_ACCESS_KEY": self.access_key, "ROOT_SECRET_KEY": self.secret_key}
        log = (self.root.parent / "versitygw.log").open("wb")
        command = [str(versitygw_binary()), "--port", f"127.0.0.1:{self.port}", "posix", str(self.root)]
        self._process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        self._wait_until_listening()

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(f"versitygw exited with {self._process.returncode}")
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError(f"versitygw did not listen on {self.port} within {STARTUP_SECONDS} s")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        shutil.rmtree(self.root, ignore_errors=True)
