"""Where the edge keeps its rendered config, pid, logs and temporary files: all under DATA_DIR, so it
needs nothing from /etc/nginx or /var and runs the same for root and for a normal user."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class EdgeFiles:
    root: Path  # DATA_DIR/edge
    log_dir: Path  # DATA_DIR/logs, beside the other parts' logs

    @property
    def config(self) -> Path:
        return self.root / "nginx.conf"

    @property
    def pid(self) -> Path:
        return self.root / "nginx.pid"

    @property
    def temp(self) -> Path:
        return self.root / "temp"

    @property
    def error_log(self) -> Path:
        return self.log_dir / "edge.log"

    @property
    def access_log(self) -> Path:
        return self.log_dir / "edge-access.log"

    def prepare(self, config_text: str) -> None:
        """Create the directories nginx expects to exist and write its config."""
        for directory in (self.root, self.temp, self.log_dir):
            directory.mkdir(parents=True, exist_ok=True)
        self.config.write_text(config_text, encoding="utf-8")
