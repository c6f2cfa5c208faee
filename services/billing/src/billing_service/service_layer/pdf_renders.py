"""Rendering a page, bounded: a render costs milliseconds of CPU, but a shared link may be opened by a
whole wedding party at once and nothing bounded the renders. The same page is rendered once and served
again from memory while it is among the last RENDERS_KEPT, keyed by what goes on it (the sheet and the
images, hashed), not by the document alone: an issued document's lines never change, but its balance
and UPI QR do with each payment. Renders run on RENDER_THREADS, one at a time with a short queue;
beyond it a download is refused TOO_BUSY (503). Issued documents' pages are also kept in object
storage (pdf_store.py).
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from typing import Any

from servicekit.bounded_threads import BoundedThreads

from billing_service.service_layer.dependencies import PdfRenderer

RENDER_THREADS = BoundedThreads(workers=1, queue_limit=4, name="pdf", niceness=5)
RENDERS_KEPT = 32  # a few hundred kilobytes each
_RENDERED: OrderedDict[str, bytes] = OrderedDict()


def kept_render(digest: str) -> bytes | None:
    """The page of ``digest`` if it is among the last renders kept."""
    kept = _RENDERED.get(digest)
    if kept is not None:
        _RENDERED.move_to_end(digest)
    return kept


def keep_render(digest: str, content: bytes) -> None:
    _RENDERED[digest] = content
    while len(_RENDERED) > RENDERS_KEPT:
        _RENDERED.popitem(last=False)


async def render_sheet(renderer: PdfRenderer, sheet: dict[str, Any], images: dict[str, bytes]) -> bytes:
    """The PDF of `sheet`: kept from an earlier render of the same page, or rendered on RENDER_THREADS
    (ServiceBusy when they and their queue are full)."""
    key = page_digest(sheet, images)
    kept = kept_render(key)
    if kept is not None:
        return kept
    content = await RENDER_THREADS.run(renderer.render, sheet, images)
    keep_render(key, content)
    return content


def page_digest(sheet: dict[str, Any], images: dict[str, bytes]) -> str:
    digest = hashlib.sha256(json.dumps(sheet, sort_keys=True, default=str).encode())
    for name in sorted(images):
        digest.update(name.encode() + b"\0" + hashlib.sha256(images[name]).digest())
    return digest.hexdigest()
