"""The edge runs for a normal user as well as for root: nothing it needs is under /etc/nginx or /var.
Root here switches to `nobody` to prove it (a session run as a normal user proves it in every test)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from eventxperts_cli.edge.process import edge_process
from eventxperts_cli.edge.routes import routing_table
from servicekit.registry import load_registry
from servicekit.testing.ports import free_port

NOBODY = 65534

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="only root can switch to another user")


@pytest.fixture
def nobodys_data_dir() -> Iterator[Path]:
    # A directory of its own: pytest's temporary directories are root's and closed to others.
    data_dir = Path(tempfile.mkdtemp(prefix="eventxperts-edge-"))
    yield data_dir
    shutil.rmtree(data_dir, ignore_errors=True)


def test_the_edge_starts_and_answers_when_run_by_a_normal_user(nobodys_data_dir: Path) -> None:
    services = load_registry()
    routes = routing_table(
        services=services, service_ports={s.name: s.port for s in services}, gateway_port=9, app_port=9
    )
    port = free_port()
    process = edge_process(routes, port=port, data_dir=nobodys_data_dir, log_dir=nobodys_data_dir / "logs")
    process.log_path.touch()
    for path in (nobodys_data_dir, *nobodys_data_dir.rglob("*")):
        os.chown(path, NOBODY, NOBODY)
    as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *process.argv]
    process = replace(process, argv=as_nobody)

    process.start()
    try:
        process.wait_ready(timeout_s=30)
        response = httpx.get(f"http://127.0.0.1:{port}/files/x")
    finally:
        process.stop()

    assert response.status_code == 404
    assert "[emerg]" not in process.tail()
