"""The registry of services (`services.toml` at the repository root): one entry per service.

Everything that needs the list of services (the platform's start, the gateway's subgraphs, the test
session, migrations, the edge, the operator commands) reads it here, so adding a service is one entry.
`SERVICES_REGISTRY` names another file (the throwaway-service test uses one).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[4]
DEFAULT_REGISTRY = REPO_ROOT / "services.toml"


class RegistryError(ValueError):
    """The registry file is missing, malformed, or names a service twice."""


@dataclass(frozen=True)
class RegisteredService:
    name: str
    package: str
    port: int
    # The service's folder (migrations/, schema.graphql): `root`, else services/<name> beside the file.
    root: Path
    summary: str = ""
    public_routes: tuple[str, ...] = ()


def registry_path() -> Path:
    override = os.environ.get("SERVICES_REGISTRY", "").strip()
    return Path(override) if override else DEFAULT_REGISTRY


def load_registry(path: Path | None = None) -> tuple[RegisteredService, ...]:
    """Every registered service, in the file's order (the order they start in)."""
    path = path or registry_path()
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RegistryError(f"cannot read the registry of services {path}: {error}") from error
    return tuple(_entry(name, fields, path) for name, fields in document.items())


def _entry(name: str, fields: object, path: Path) -> RegisteredService:
    if not isinstance(fields, dict):
        raise RegistryError(f"{path}: [{name}] must be a table")
    try:
        return RegisteredService(
            name=name,
            package=str(fields["package"]),
            port=int(fields["port"]),
            root=(path.parent / str(fields.get("root", f"services/{name}"))).resolve(),
            summary=str(fields.get("summary", "")),
            public_routes=tuple(str(route) for route in fields.get("public_routes", ())),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise RegistryError(f"{path}: [{name}] needs package and port: {error}") from error
