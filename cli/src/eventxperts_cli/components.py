"""What the platform is made of: each service, the gateway and the app, with their ports."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]


@dataclass(frozen=True)
class ServiceSpec:
    """A Python service: its package, default port, and migration tree."""

    name: str
    package: str
    port: int

    @property
    def migrations_dir(self) -> Path:
        module = importlib.import_module(self.package)
        locate = getattr(module, "migrations_path", None)
        if callable(locate):
            return Path(locate())
        return REPO_ROOT / "services" / self.name / "migrations"


SERVICES: tuple[ServiceSpec, ...] = (ServiceSpec(name="users", package="users_service", port=8001),)

GATEWAY_DIR = REPO_ROOT / "gateway"
GATEWAY_PORT = 4000
APP_PORT = 8550
KAFKA_PORT = 9092
