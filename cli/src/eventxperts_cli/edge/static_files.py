"""The app's web client, served by the edge itself from the directory the app builds it in: files under
`/_app/<version>/` never change, so browsers keep them for a year, and each has brotli and gzip copies
made once when it was built (eventxperts_app.web_client). Anything else of the app is proxied to it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

STATIC_PREFIX = "/_app/"  # eventxperts_app.web_client.CLIENT_PREFIX
IMMUTABLE = "public, max-age=31536000, immutable"

# As eventxperts_app/web_client/media_types.py types them (compileStreaming insists on application/wasm).
TYPES = {
    "text/javascript": "js mjs",
    "application/wasm": "wasm",
    "application/json": "json",
    "image/png": "png",
    "font/ttf": "ttf",
    "font/otf": "otf",
    "font/woff2": "woff2",
    "text/css": "css",
    "text/html": "html",
}


def readable_by_workers(directory: Path) -> bool:
    """Whether nginx's workers can read `directory`. Started by root they run as nobody, so every
    directory on the way must let others through (a repository under /root does not)."""
    if os.geteuid() != 0:
        return os.access(directory, os.R_OK | os.X_OK)
    path = directory.resolve()
    if not path.is_dir() or not path.stat().st_mode & stat.S_IROTH:
        return False
    return all(part.stat().st_mode & stat.S_IXOTH for part in (path, *path.parents))


def static_location(path: str, directory: Path, security_headers: str) -> str:
    """An nginx location serving `directory` at `path`: pre-compressed copies, a year of caching."""
    types = "".join(f"                {mime} {extensions};\n" for mime, extensions in TYPES.items())
    return f"""
        location ^~ {path} {{
            alias {directory}/;
            limit_except GET {{
                deny all;
            }}
            brotli_static on;
            gzip_static on;
            types {{
{types}            }}
            default_type application/octet-stream;
            add_header Cache-Control "{IMMUTABLE}";
            add_header Cross-Origin-Resource-Policy same-origin;
{security_headers}
            # A version being built, and the mark of a finished one, are not served.
            location ~ /\\. {{
                return 404;
            }}
        }}
"""
