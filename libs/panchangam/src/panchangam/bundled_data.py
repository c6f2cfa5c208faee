"""The JSON tables shipped in ``panchangam/data`` (gazetteer, festival and muhurtham rules).

Read through the module's own folder rather than ``importlib.resources``: the package is always
installed as plain files, and ``importlib.resources`` would add tempfile, random and shutil to the
cold start of every process.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_DATA_DIR = Path(__file__).parent / "data"


def load_table(name: str) -> Any:
    """The parsed content of the bundled JSON file ``name``."""
    return json.loads((_DATA_DIR / name).read_text(encoding="utf-8"))
