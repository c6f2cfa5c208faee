"""Noto Sans Telugu is copied from its wheel into the app's assets."""

from __future__ import annotations

from pathlib import Path

from eventxperts_app.fonts import FONT_ASSET_PATH, install_telugu_font, packaged_telugu_font

TRUETYPE_MAGIC = b"\x00\x01\x00\x00"


def test_the_font_is_copied_into_the_assets_and_served_from_its_path(tmp_path: Path) -> None:
    url = install_telugu_font(tmp_path)
    copied = tmp_path / FONT_ASSET_PATH
    assert url == "/" + FONT_ASSET_PATH
    assert copied.read_bytes()[:4] == TRUETYPE_MAGIC
    assert copied.stat().st_size == packaged_telugu_font().stat().st_size


def test_a_truncated_copy_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "fonts").mkdir()
    (tmp_path / FONT_ASSET_PATH).write_bytes(b"partial")
    install_telugu_font(tmp_path)
    assert (tmp_path / FONT_ASSET_PATH).stat().st_size == packaged_telugu_font().stat().st_size
