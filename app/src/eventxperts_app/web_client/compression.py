"""Brotli and gzip copies of the client's files, made once when a version is built, and the choice of
which copy answers a browser's Accept-Encoding."""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import brotli

ENCODINGS = (("br", ".br"), ("gzip", ".gz"))  # in order of preference
# PNG and WOFF2 are compressed already.
COMPRESSIBLE = {".js", ".mjs", ".wasm", ".json", ".ttf", ".otf", ".frag", ".bin", ".css", ".html", ""}
# The best brotli (11) is slow, ~40 s for the 8.5 MB main.dart.wasm, but it runs once per version and
# every first visit gains by it (2.1 MB instead of gzip's 2.8 MB). The dart2js build and its CanvasKit
# only serve browsers without WasmGC: 9 is good enough there and five times quicker.
BEST = 11
FALLBACK_BUILD = ("main.dart.js", "canvaskit/canvaskit.", "canvaskit/chromium/")
FALLBACK_QUALITY = 9


def compressible(path: Path) -> bool:
    return path.suffix in COMPRESSIBLE


def precompress(root: Path, relative_paths: Iterable[str]) -> None:
    """Writes `<file>.br` and `<file>.gz` beside each compressible file, when smaller than the file."""
    names = [name for name in relative_paths if compressible(root / name)]
    # brotli and zlib release the GIL: threads use every core.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(lambda name: _compress(root / name, _quality(name)), names))


def _quality(name: str) -> int:
    return FALLBACK_QUALITY if name.startswith(FALLBACK_BUILD) else BEST


def _compress(path: Path, quality: int) -> None:
    data = path.read_bytes()
    for suffix, compressed in (
        (".br", brotli.compress(data, quality=quality)),
        (".gz", gzip.compress(data, compresslevel=9, mtime=0)),
    ):
        if len(compressed) < len(data):
            path.with_name(path.name + suffix).write_bytes(compressed)


def accepted_encodings(accept_encoding: str) -> set[str]:
    """The content codings a request accepts (RFC 9110: `q=0` refuses one; `*` stands for any)."""
    accepted = set()
    for part in accept_encoding.lower().split(","):
        coding, *params = (item.strip() for item in part.split(";"))
        weight = next((param[2:] for param in params if param.startswith("q=")), "1")
        try:
            refused = float(weight) == 0
        except ValueError:
            refused = False
        if coding and not refused:
            accepted.add(coding)
    return accepted


def best_copy(path: Path, accept_encoding: str) -> tuple[Path, str | None]:
    """The smallest copy of `path` the request accepts, and its Content-Encoding (None: the file)."""
    accepted = accepted_encodings(accept_encoding)
    for encoding, suffix in ENCODINGS:
        copy = path.with_name(path.name + suffix)
        if (encoding in accepted or "*" in accepted) and copy.is_file():
            return copy, encoding
    return path, None
