"""Which copy answers which Accept-Encoding, and which copies are made."""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli
import pytest
from eventxperts_app.web_client.compression import accepted_encodings, best_copy, precompress


@pytest.mark.parametrize(
    ("header", "accepted"),
    [
        ("gzip, deflate, br, zstd", {"gzip", "deflate", "br", "zstd"}),
        ("br;q=0, gzip;q=0.8", {"gzip"}),
        ("GZIP ; q=1.0", {"gzip"}),
        ("", set()),
        ("br;q=nonsense", {"br"}),
    ],
)
def test_accept_encoding_is_read_as_rfc_9110_says(header: str, accepted: set[str]) -> None:
    assert accepted_encodings(header) == accepted


def test_brotli_is_preferred_then_gzip_then_the_file(tmp_path: Path) -> None:
    wasm = tmp_path / "main.dart.wasm"
    wasm.write_bytes(b"wasm " * 1000)
    precompress(tmp_path, ["main.dart.wasm"])

    assert best_copy(wasm, "gzip, br") == (tmp_path / "main.dart.wasm.br", "br")
    assert best_copy(wasm, "gzip") == (tmp_path / "main.dart.wasm.gz", "gzip")
    assert best_copy(wasm, "*") == (tmp_path / "main.dart.wasm.br", "br")
    assert best_copy(wasm, "identity") == (wasm, None)
    assert brotli.decompress((tmp_path / "main.dart.wasm.br").read_bytes()) == wasm.read_bytes()
    assert gzip.decompress((tmp_path / "main.dart.wasm.gz").read_bytes()) == wasm.read_bytes()


def test_no_copy_is_made_of_what_is_compressed_already_or_would_not_shrink(tmp_path: Path) -> None:
    (tmp_path / "icon.png").write_bytes(b"png " * 500)
    (tmp_path / "tiny.js").write_bytes(b"x")
    precompress(tmp_path, ["icon.png", "tiny.js"])

    assert sorted(path.name for path in tmp_path.iterdir()) == ["icon.png", "tiny.js"]
