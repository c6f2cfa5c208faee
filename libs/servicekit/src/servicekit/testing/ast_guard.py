"""A guard against CPython 3.11's "AST constructor recursion depth mismatch" SystemError.

In 3.11 the AST-to-object converter keeps its recursion depth in one per-interpreter slot. If the
garbage collector runs while `ast.parse` builds its objects, a finalizer can log an exception (an
abandoned asyncio task, say); formatting that traceback parses source again (3.11's caret
anchors), overwrites the slot, and the outer parse fails with SystemError. Pytest parses source to
format every failure, so one failing test could end the whole session with an INTERNALERROR (seen
in CI: "before=120, after=171"). Keeping the collector off for the length of one parse removes the
window; nothing else changes. Newer CPython keeps the depth per call and does not need this.
"""

from __future__ import annotations

import ast
import gc
import sys
from typing import Any

_original_parse = ast.parse


def _parse_without_collection(*args: Any, **kwargs: Any) -> Any:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _original_parse(*args, **kwargs)
    finally:
        if was_enabled:
            gc.enable()


def install() -> None:
    """Route `ast.parse` through the guard (only on the CPython versions that need it)."""
    if sys.version_info < (3, 12) and ast.parse is _original_parse:
        ast.parse = _parse_without_collection
