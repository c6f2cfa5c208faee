"""The Content-Type of each kind of file in the client (not left to the machine's /etc/mime.types:
`WebAssembly.compileStreaming` refuses wasm served as anything but application/wasm). The edge's nginx
serves the same files with the same types (cli/src/eventxperts_cli/edge/static_files.py)."""

from __future__ import annotations

from pathlib import PurePath

MEDIA_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".png": "image/png",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff2": "font/woff2",
    ".css": "text/css",
    ".html": "text/html",
}
DEFAULT_MEDIA_TYPE = "application/octet-stream"  # shaders (.frag), AssetManifest.bin, NOTICES


def media_type(path: PurePath) -> str:
    return MEDIA_TYPES.get(path.suffix, DEFAULT_MEDIA_TYPE)
