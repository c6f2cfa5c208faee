"""The whole platform, started once for the journey tests on free ports with its own data."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from eventxperts_cli.components import SERVICES
from eventxperts_cli.platform import Platform, PlatformConfig


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def platform_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlatformConfig]:
    """PostgreSQL, services, gateway and app, as `make run` starts them; stopped after the session.

    Yields the config, whose `.gateway_url`, `.app_url` and `.data_dir` the tests use.
    """
    data_dir: Path = tmp_path_factory.mktemp("platform")
    config = PlatformConfig(
        data_dir=data_dir,
        database_url=os.environ.get("DATABASE_URL") or None,
        service_ports={spec.name: free_port() for spec in SERVICES},
        gateway_port=free_port(),
        app_port=free_port(),
        environment="test",
        extra_env={"PASSWORD_HASH_PROFILE": "fast"},
    )
    platform = Platform(config, progress=lambda message: print(f"[platform] {message}"))
    platform.start()
    try:
        yield config
    finally:
        platform.stop()
