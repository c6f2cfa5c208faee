"""Issued documents' PDFs kept in object storage (servicekit.storage: the filesystem under `.data/`, or
an S3-compatible store), so an issued page is rendered once for good, across restarts and instances,
not once per process. Keyed by document, version, language and the page's digest: an issued
document's version never changes, but its balance and UPI QR change with each payment, and a new logo
changes the page; each of those is a new object. Drafts change by the minute: memory only.

Storage is a keep, not the record: when it fails, the page is rendered and served all the same."""

from __future__ import annotations

from typing import Any

import structlog
from servicekit.storage import ObjectNotFound, StorageError

from billing_service.domain.documents import Document
from billing_service.printing.labels import Language
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.pdf_renders import keep_render, kept_render, page_digest, render_sheet

log = structlog.get_logger(__name__)


def stored_pdf_key(document: Document, language: Language, digest: str) -> str:
    return f"pdfs/{document.organizer_id}/{document.id}/v{document.version}/{language}-{digest[:32]}.pdf"


async def stored_or_rendered(
    deps: UseCaseDependencies,
    document: Document,
    language: Language,
    sheet: dict[str, Any],
    images: dict[str, bytes],
) -> bytes:
    """The page from memory, else (issued documents) from the store, else rendered (and kept)."""
    assert deps.renderer is not None, "the composition root gives billing its renderer"
    if deps.storage is None or document.numbering is None:
        return await render_sheet(deps.renderer, sheet, images)
    digest = page_digest(sheet, images)
    if (kept := kept_render(digest)) is not None:
        return kept
    key = stored_pdf_key(document, language, digest)
    try:
        content = await deps.storage.get(key)
    except ObjectNotFound:
        content = None
    except StorageError as error:
        log.warning("pdf_store_unreadable", key=key, error=type(error).__name__)
        content = None
    if content is None:
        content = await render_sheet(deps.renderer, sheet, images)
        try:
            await deps.storage.put(key, content, content_type="application/pdf")
        except StorageError as error:
            log.warning("pdf_store_unwritable", key=key, error=type(error).__name__)
    keep_render(digest, content)
    return content
