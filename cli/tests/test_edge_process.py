"""Without nginx the platform does not start, and says how to install it."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventxperts_cli.edge.process import NginxMissing, edge_process
from eventxperts_cli.processes import StartupFailed


def test_a_missing_nginx_stops_the_start_with_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NGINX_PATH", str(tmp_path / "no-nginx-here"))

    with pytest.raises(NginxMissing) as missing:
        edge_process((), port=8080, data_dir=tmp_path, log_dir=tmp_path / "logs")

    assert isinstance(missing.value, StartupFailed)
    assert str(tmp_path / "no-nginx-here") in str(missing.value)
    assert "make install" in str(missing.value)
