"""A small stand-in for flet-web's web directory (the real one takes minutes to compress), shaped the same:
the files the client ships, a FontManifest with fonts the app does not use, Flutter's bootstrap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eventxperts_app.web_client.layout import FLET_WEB_FILES, ClientLayout

BUILD_CONFIG = {"engineRevision": "abc", "builds": [{"compileTarget": "dart2wasm", "renderer": "skwasm"}]}
FONT_MANIFEST = [
    {"family": "MaterialIcons", "fonts": [{"asset": "fonts/MaterialIcons-Regular.otf"}]},
    {
        "family": "packages/flutter_math_fork/KaTeX_Main",
        "fonts": [{"asset": "packages/flutter_math_fork/k.ttf"}],
    },
    {
        "family": "packages/cupertino_icons/CupertinoIcons",
        "fonts": [{"asset": "packages/cupertino_icons/c.ttf"}],
    },
]
TELUGU_FALLBACK = "notosanstelugu/v26/AbC-d_1.woff2"


def fake_flet_web(root: Path) -> Path:
    for name in FLET_WEB_FILES:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f"{name} ".encode() * 200)
    (root / "main.dart.wasm").write_bytes(b"\0asm" + f"fonts at {TELUGU_FALLBACK} ".encode() * 100)
    (root / "flutter.js").write_text(
        "(()=>{window._flutter={loader:{}}})();\n//# sourceMappingURL=flutter.js.map\n"
    )
    (root / "flutter_bootstrap.js").write_text(
        "(()=>{})();\n\n_flutter.buildConfig = "
        + json.dumps(BUILD_CONFIG)
        + ";\n\n_flutter.loader.load({serviceWorkerSettings: {serviceWorkerVersion: '1'}});\n"
    )
    assets = root / "assets"
    for name in ("fonts/MaterialIcons-Regular.otf", "fonts/roboto.woff2", "packages/flutter_math_fork/k.ttf"):
        (assets / name).parent.mkdir(parents=True, exist_ok=True)
        (assets / name).write_bytes(b"font " * 300)
    (assets / "FontManifest.json").write_text(json.dumps(FONT_MANIFEST))
    (root / "index.html").write_text("<title>Flet</title>")
    return root


@pytest.fixture
def layout(tmp_path: Path) -> ClientLayout:
    return ClientLayout(fake_flet_web(tmp_path / "flet-web"), "1.0.5")


@pytest.fixture(autouse=True)
def quick_compression(monkeypatch: pytest.MonkeyPatch) -> None:
    """Brotli's best takes seconds on the real Telugu font; what is tested here is which copies exist."""
    monkeypatch.setattr("eventxperts_app.web_client.compression.BEST", 1)
    monkeypatch.setattr("eventxperts_app.web_client.compression.FALLBACK_QUALITY", 1)
