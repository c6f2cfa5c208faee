"""The edge as a part of the platform: nginx found on this machine, its config rendered into DATA_DIR,
run in the foreground as a ManagedProcess that is ready when the edge answers its own ready path."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from eventxperts_cli.edge.brotli import find_brotli_static
from eventxperts_cli.edge.files import EdgeFiles
from eventxperts_cli.edge.nginx_config import render_nginx_config
from eventxperts_cli.edge.routes import EdgeRoute
from eventxperts_cli.processes import ManagedProcess, StartupFailed

DEBIAN_NGINX = Path("/usr/sbin/nginx")  # not on a normal user's PATH


class NginxMissing(StartupFailed):
    """nginx is not installed where the edge looks for it."""


def find_nginx() -> Path:
    """NGINX_PATH if set (the Makefile sets it), else nginx on PATH, else Debian's /usr/sbin/nginx."""
    chosen = os.environ.get("NGINX_PATH", "").strip()
    on_path = shutil.which("nginx")
    candidates = [Path(chosen)] if chosen else [*([Path(on_path)] if on_path else []), DEBIAN_NGINX]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise NginxMissing(
        "the edge needs nginx and found none "
        f"(looked at {', '.join(str(c) for c in dict.fromkeys(candidates))}): "
        "run `make install` (it runs `apt-get install nginx`) or set NGINX_PATH"
    )


def edge_process(routes: Sequence[EdgeRoute], *, port: int, data_dir: Path, log_dir: Path) -> ManagedProcess:
    """The edge on 127.0.0.1:`port`, its config written to DATA_DIR/edge/nginx.conf."""
    nginx = find_nginx()
    modules = [find_brotli_static(nginx)] if any(route.static_dir for route in routes) else []
    files = EdgeFiles(root=data_dir / "edge", log_dir=log_dir)
    files.prepare(render_nginx_config(routes, port=port, files=files, modules=modules))
    return ManagedProcess(
        name="edge",
        # -e: where nginx writes before it has read error_log (otherwise its compiled-in default)
        argv=[str(nginx), "-p", str(files.root), "-e", str(files.error_log), "-c", str(files.config)],
        env={},
        cwd=files.root,
        log_path=files.error_log,
        ready_url=f"http://127.0.0.1:{port}/_edge/ready",
    )
