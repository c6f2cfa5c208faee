"""The broker's start-up diagnostics, with a stand-in `java` that exits at once."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from servicekit.bus.kafka_broker import KafkaBroker
from servicekit.bus.kafka_runtime import KafkaRuntime, KafkaRuntimeMissing
from servicekit.testing.ports import free_port


class FetchedRuntime(KafkaRuntime):
    def fetch(self) -> None:
        """Nothing to fetch: the stand-in `java` needs no jars."""


def test_a_failed_start_reports_only_what_this_start_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "kafka"
    (data_dir / "logs").mkdir(parents=True)
    (data_dir / "logs" / "meta.properties").write_text("formatted\n")  # so no storage format runs
    (data_dir / "broker.log").write_text("[old] ERROR an earlier run's failure\n")
    java = tmp_path / "bin" / "java"
    java.parent.mkdir()
    java.write_text("#!/bin/sh\necho '[new] INFO this run starts and stops'\nexit 3\n")
    java.chmod(java.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(java.parent))
    broker = KafkaBroker(data_dir, port=free_port(), runtime=FetchedRuntime(tmp_path))

    with pytest.raises(KafkaRuntimeMissing) as failure:
        broker.start(timeout=10)

    message = str(failure.value)
    assert "the broker exited with 3 (no error in its log)" in message
    assert "this run starts and stops" in message
    assert "earlier run" not in message
