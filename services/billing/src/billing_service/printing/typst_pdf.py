"""The A4 PDF of a sheet, set by Typst (the `typst` package: the compiler in-process, HarfBuzz shaping
Telugu's conjuncts and vowel signs). Fonts are the packaged Noto Sans and Noto Sans Telugu only:
system fonts are ignored, so a page reads the same on every machine and nothing is fetched."""

from __future__ import annotations

import json
import tempfile
import threading
from importlib.resources import files
from pathlib import Path
from typing import Any

import fontpkg_noto_sans  # type: ignore[import-untyped]  # font packages ship no types
import fontpkg_noto_sans_telugu
import typst

TEMPLATE = files("billing_service.printing").joinpath("document.typ").read_text(encoding="utf-8")
FONT_PATHS = [str(fontpkg_noto_sans.ROOT / "files"), str(fontpkg_noto_sans_telugu.ROOT / "files")]


class TypstPdfRenderer:
    """Renders sheets with one Typst compiler, whose fonts are loaded once (loading them is most of a
    cold render). The compiler is not re-entrant, so renders take turns on a lock; callers on the event
    loop render in a worker thread. Each render has its own scratch folder as the project root."""

    def __init__(self) -> None:
        self._compiler = typst.Compiler(font_paths=FONT_PATHS, ignore_system_fonts=True)
        self._turn = threading.Lock()

    def render(self, sheet: dict[str, Any], images: dict[str, bytes] | None = None) -> bytes:
        """The PDF of ``sheet``; ``images`` are ``logo`` and ``signature`` (PNG or JPEG) when present."""
        with tempfile.TemporaryDirectory(prefix="billing-pdf-") as scratch:
            root = Path(scratch)
            (root / "document.typ").write_text(TEMPLATE, encoding="utf-8")
            (root / "sheet.json").write_text(json.dumps(sheet, ensure_ascii=False), encoding="utf-8")
            for name, content in (images or {}).items():
                (root / name).write_bytes(content)
            with self._turn:
                pdf = self._compiler.compile(input=str(root / "document.typ"), root=str(root), format="pdf")
        assert isinstance(pdf, bytes)
        return pdf
