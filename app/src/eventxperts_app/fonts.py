"""Bundles Noto Sans Telugu (from the fontpkg-noto-sans-telugu wheel) with the app's assets.

The Flutter web client only has the fonts it is given; without this, Telugu shows as boxes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import fontpkg_noto_sans_telugu

# Our own family name: Flutter's built-in fallback also knows a "Noto Sans Telugu" and would try to
# fetch it from a CDN path that does not exist offline.
TELUGU_FONT_FAMILY = "EventXperts Noto Sans Telugu"
FONT_ASSET_PATH = "fonts/NotoSansTelugu.ttf"


class FontMissing(RuntimeError):
    code = "FONT_MISSING"


def packaged_telugu_font() -> Path:
    """The TTF shipped in the fontpkg-noto-sans-telugu wheel."""
    files = sorted(Path(fontpkg_noto_sans_telugu.ROOT, "files").glob("NotoSansTelugu*.ttf"))
    if not files:
        raise FontMissing("fontpkg-noto-sans-telugu has no NotoSansTelugu*.ttf; reinstall it")
    return files[0]


def install_telugu_font(assets_dir: Path) -> str:
    """Copies the font into `assets_dir` (if not there already); returns its asset URL path."""
    source = packaged_telugu_font()
    target = assets_dir / FONT_ASSET_PATH
    if not target.exists() or target.stat().st_size != source.stat().st_size:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return "/" + FONT_ASSET_PATH
