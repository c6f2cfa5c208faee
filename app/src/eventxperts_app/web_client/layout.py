"""What the versioned web client holds: flet-web's Flutter client (the parts a browser can ask for) plus
our start script, font list, Telugu font and icons, and the version key that names them all.

flet-web's files are not content-hashed, so they are served under `/_app/<key>/` where the key changes
whenever any of them could: flet-web's version, and a hash of every file we add or rewrite.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cached_property
from importlib.metadata import version
from pathlib import Path

import flet_web

from eventxperts_app.fonts import FONT_ASSET_PATH, TELUGU_FONT_FAMILY, packaged_telugu_font

CLIENT_PREFIX = "/_app/"  # the edge serves this prefix from the built directory itself
PACKAGE_DIR = Path(__file__).resolve().parent
ICONS_DIR = PACKAGE_DIR / "icons"

# The renderers a browser may pick: skwasm (WasmGC browsers; the heavy variant where the browser lacks
# Chromium's codecs, e.g. Safari and Firefox) and CanvasKit for the dart2js build (older browsers).
FLET_WEB_FILES = (
    "main.dart.wasm",
    "main.dart.mjs",
    "main.dart.js",
    "canvaskit/skwasm.js",
    "canvaskit/skwasm.wasm",
    "canvaskit/skwasm_heavy.js",
    "canvaskit/skwasm_heavy.wasm",
    "canvaskit/canvaskit.js",
    "canvaskit/canvaskit.wasm",
    "canvaskit/chromium/canvaskit.js",
    "canvaskit/chromium/canvaskit.wasm",
)
# Flutter downloads every font of FontManifest.json before its first frame. The KaTeX fonts (maths in
# Markdown) and Cupertino icons are never used by this app: leaving them out saves ~0.5 MB per first
# visit. A test fails if the app starts using Cupertino icons.
UNUSED_FONT_FAMILIES = re.compile(r"^packages/(flutter_math_fork|cupertino_icons)/")
UNUSED_ASSETS = re.compile(r"^packages/(flutter_math_fork|cupertino_icons)/|^FontManifest\.json$")
# Where Flutter's engine looks for Noto Sans Telugu when some text lacks a font for Telugu (under
# fontFallbackBaseUrl; it would come from Google Fonts): the path is built into the engine.
TELUGU_FALLBACK_PATH = re.compile(rb"notosanstelugu/v\d+/[A-Za-z0-9_-]+\.woff2")


@dataclass(frozen=True)
class ClientLayout:
    """The files of one version of the client: copied from flet-web, or written by us."""

    flet_web_dir: Path
    flet_web_version: str

    @cached_property
    def copied(self) -> dict[str, Path]:
        """Relative path in the client -> flet-web's file (identified by flet-web's version)."""
        files = {name: self.flet_web_dir / name for name in FLET_WEB_FILES}
        assets = self.flet_web_dir / "assets"
        for path in sorted(p for p in assets.rglob("*") if p.is_file()):
            relative = path.relative_to(assets).as_posix()
            if not UNUSED_ASSETS.search(relative):
                files[f"assets/{relative}"] = path
        return files

    @cached_property
    def written(self) -> dict[str, bytes]:
        """Relative path -> content of what we add: start script, font list, Telugu font, icons."""
        files = {
            "bootstrap.js": self._bootstrap(),
            "assets/FontManifest.json": self._font_manifest(),
            f"assets/{FONT_ASSET_PATH}": packaged_telugu_font().read_bytes(),
        }
        fallback = TELUGU_FALLBACK_PATH.search((self.flet_web_dir / "main.dart.wasm").read_bytes())
        if fallback is not None:  # our Telugu font answers there too (TrueType: Flutter reads either)
            files[f"assets/fonts/{fallback.group().decode()}"] = files[f"assets/{FONT_ASSET_PATH}"]
        files.update({f"icons/{p.name}": p.read_bytes() for p in sorted(ICONS_DIR.glob("*.png"))})
        return files

    @cached_property
    def key(self) -> str:
        """flet-web's version and a hash of our files: a new value whenever a served byte may change."""
        digest = hashlib.sha256(self.flet_web_version.encode())
        for name in sorted(self.written):
            digest.update(f"\0{name}\0".encode())
            digest.update(self.written[name])
        return f"{self.flet_web_version}-{digest.hexdigest()[:12]}"

    def _bootstrap(self) -> bytes:
        """Flutter's loader (flet-web's flutter.js), then our start (static/bootstrap.js) with the
        build list that flet-web's own flutter_bootstrap.js carries."""
        loader = (self.flet_web_dir / "flutter.js").read_text(encoding="utf-8")
        loader = re.sub(r"^//# sourceMappingURL=.*$", "", loader, flags=re.MULTILINE)
        start = (PACKAGE_DIR / "static" / "bootstrap.js").read_text(encoding="utf-8")
        return f"{loader}\n{start.replace('__BUILD_CONFIG__', json.dumps(self._build_config()))}".encode()

    def _build_config(self) -> object:
        bootstrap = (self.flet_web_dir / "flutter_bootstrap.js").read_text(encoding="utf-8")
        found = re.search(r"_flutter\.buildConfig\s*=\s*(\{.*?\});\s*$", bootstrap, flags=re.MULTILINE)
        if found is None:
            raise RuntimeError("flet-web's flutter_bootstrap.js no longer sets _flutter.buildConfig")
        return json.loads(found.group(1))

    def _font_manifest(self) -> bytes:
        shipped = json.loads((self.flet_web_dir / "assets" / "FontManifest.json").read_text(encoding="utf-8"))
        families = [f for f in shipped if not UNUSED_FONT_FAMILIES.search(f["family"])]
        # Roboto is Material's font (flet-web ships it for no-CDN use); the Telugu font is in this list
        # so Flutter has it before it draws its first frame: Telugu never shows as boxes.
        families.append({"family": "Roboto", "fonts": [{"asset": "fonts/roboto.woff2"}]})
        families.append({"family": TELUGU_FONT_FAMILY, "fonts": [{"asset": FONT_ASSET_PATH}]})
        return json.dumps(families, indent=1).encode()


def current_layout() -> ClientLayout:
    """The layout of the client from the installed flet-web."""
    return ClientLayout(Path(flet_web.get_package_web_dir()), version("flet-web"))
