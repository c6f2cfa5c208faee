"""Committed JSON-schema snapshots of the published contracts, under libs/contracts/schemas/.

`uv run python -m contracts.snapshots` writes the snapshot of every published contract that has none
yet. It never rewrites an existing one: a published schema changes only by a new version.
"""

from __future__ import annotations

import json
from pathlib import Path

from contracts.catalog import PUBLISHED, Contract
from contracts.compatibility import JsonSchema

SNAPSHOT_DIR = Path(__file__).resolve().parents[2] / "schemas"


def current_schema(contract: Contract) -> JsonSchema:
    return contract.model.model_json_schema()


def snapshot_path(contract: Contract) -> Path:
    return SNAPSHOT_DIR / contract.snapshot_name


def read_snapshot(contract: Contract) -> JsonSchema | None:
    path = snapshot_path(contract)
    if not path.exists():
        return None
    loaded: JsonSchema = json.loads(path.read_text())
    return loaded


def write_missing_snapshots() -> list[Path]:
    written = []
    for contract in PUBLISHED:
        path = snapshot_path(contract)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(current_schema(contract), indent=2, sort_keys=True) + "\n")
            written.append(path)
    return written


if __name__ == "__main__":
    for path in write_missing_snapshots():
        print(f"wrote {path}")
