"""`eventxperts kafka` refuses, with a typed error, to start a second broker on a taken port."""

from __future__ import annotations

import socket
from pathlib import Path

from click.testing import CliRunner
from eventxperts_cli.main import cli


def test_a_taken_port_is_a_typed_error_not_a_second_broker(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["kafka", "--data-dir", str(tmp_path), "--port", str(port)])
    assert result.exit_code != 0
    assert "KAFKA_PORT_IN_USE" in result.output
    assert not (tmp_path / "kafka" / "logs").exists()  # nothing was formatted
