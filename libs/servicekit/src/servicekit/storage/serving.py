"""Serving a stored object behind a signed link: one response for every service (the gallery's photos,
the marketplace's item images, billing's PDFs), so each is shown alike in the app.

The signed token in the address is the permission, never the origin asking: the app is a cross-origin
isolated page (COEP require-corp, for Flutter's multi-threaded renderer) that may be opened at the edge
or at its own port, and it takes an image from another origin only when CORS or CORP allows it."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.responses import StreamingResponse

from servicekit.storage.errors import ObjectNotFound, StorageError
from servicekit.storage.interface import ObjectStorage

PRIVATE_CACHE_S = 300  # a signed link lives minutes; a browser may keep what it fetched as long


def content_disposition(name: str, *, inline: bool = False) -> str:
    """RFC 6266 with an ASCII fallback and the UTF-8 name (a Telugu file name survives)."""
    ascii_name = name.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


def signed_file_headers(size: int, name: str | None = None) -> dict[str, str]:
    """The headers of a stored object served by a signed link."""
    headers = {
        "content-length": str(size),
        "cache-control": f"private, max-age={PRIVATE_CACHE_S}",
        "x-robots-tag": "noindex",
        "access-control-allow-origin": "*",
        "cross-origin-resource-policy": "cross-origin",
    }
    if name is not None:
        headers["content-disposition"] = content_disposition(name, inline=True)
    return headers


async def stored_file_response(
    storage: ObjectStorage, key: str, name: str | None = None
) -> StreamingResponse | None:
    """The object under `key`, streamed; None when it is gone (the caller answers with its own 404)."""
    try:
        stat = await storage.stat(key)
    except (ObjectNotFound, StorageError):
        return None
    return StreamingResponse(
        storage.stream(key), media_type=stat.content_type, headers=signed_file_headers(stat.size, name)
    )
