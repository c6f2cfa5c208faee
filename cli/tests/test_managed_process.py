"""A platform part that exits before it is ready: the failure says so with what this start logged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from eventxperts_cli.processes import ManagedProcess, StartupFailed


def test_a_part_that_exits_at_once_is_reported_with_this_starts_log_only(tmp_path: Path) -> None:
    log_path = tmp_path / "part.log"
    log_path.write_text("Traceback from an earlier run\n")
    part = ManagedProcess(
        name="part",
        argv=[sys.executable, "-c", "print('this start fails'); raise SystemExit(3)"],
        env={},
        cwd=tmp_path,
        log_path=log_path,
        ready_url="http://127.0.0.1:9/readyz",
    )

    part.start()
    with pytest.raises(StartupFailed) as failure:
        part.wait_ready(timeout_s=30)

    message = str(failure.value)
    assert message.startswith("part exited with 3")
    assert "this start fails" in message
    assert "earlier run" not in message
