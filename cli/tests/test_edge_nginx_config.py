"""The rendered nginx.conf is one nginx accepts (`nginx -t`), keeps every file it writes under DATA_DIR
and routes each prefix of a registry, including a throwaway service's, to its owner."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from eventxperts_cli.edge.files import EdgeFiles
from eventxperts_cli.edge.nginx_config import render_nginx_config
from eventxperts_cli.edge.process import find_nginx
from eventxperts_cli.edge.routes import routing_table
from servicekit.registry import load_registry

REGISTRY = """\
[users]
package = "users_service"
port = 8001
public_routes = ["/.well-known/"]

[feeds]
package = "feeds_service"
port = 8042
public_routes = ["/ics/", "/uploads/"]
"""


@pytest.fixture
def rendered(tmp_path: Path) -> EdgeFiles:
    registry = tmp_path / "services.toml"
    registry.write_text(REGISTRY)
    services = load_registry(registry)
    routes = routing_table(
        services=services,
        service_ports={service.name: service.port for service in services},
        gateway_port=4000,
        app_port=8550,
    )
    files = EdgeFiles(root=tmp_path / "data" / "edge", log_dir=tmp_path / "data" / "logs")
    files.prepare(render_nginx_config(routes, port=8080, files=files))
    return files


def test_nginx_accepts_the_rendered_config(rendered: EdgeFiles) -> None:
    nginx = str(find_nginx())
    result = subprocess.run(
        [nginx, "-t", "-p", str(rendered.root), "-e", str(rendered.error_log), "-c", str(rendered.config)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_each_owned_prefix_goes_to_its_owner_and_the_others_are_answered_at_the_edge(
    rendered: EdgeFiles,
) -> None:
    config = rendered.config.read_text()

    assert _location(config, "/ics/") == ["client_max_body_size 16k;", "proxy_pass http://service_feeds;"]
    assert "proxy_request_buffering off;" in _location(config, "/uploads/", whole=True)
    assert _location(config, "/.well-known/")[1] == "proxy_pass http://service_users;"
    assert "return 404" in _location(config, "/files/", whole=True)[1]
    assert "server 127.0.0.1:8042;" in config


def test_the_config_runs_in_the_foreground_and_writes_only_under_the_data_dir(rendered: EdgeFiles) -> None:
    config = rendered.config.read_text()
    data_dir = str(rendered.root.parent)

    assert "daemon off;" in config
    assert "\nuser " not in config
    for directive in ("pid", "error_log", "access_log", "client_body_temp_path", "proxy_temp_path"):
        line = next(line for line in config.splitlines() if line.strip().startswith(f"{directive} "))
        assert line.split()[1].startswith(data_dir), line


def _location(config: str, prefix: str, *, whole: bool = False) -> list[str]:
    """The directives of `location <prefix> { ... }` (its first two unless `whole`)."""
    block = config.split(f"location {prefix} {{\n", 1)[1].split("}", 1)[0]
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    return lines if whole else lines[:2]
