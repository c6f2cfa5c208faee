"""A document's PDF behind a short-lived signed link: the graph hands out the link, the public route
`/files/billing/<token>.pdf` checks the signature and renders.

A render costs milliseconds of CPU, but a shared link may be opened by a whole wedding party at once
and nothing bounded the renders: the same PDF is now rendered once and served again from memory
while it is among the last RENDERS_KEPT. It is keyed by what goes on the page (the sheet and the
images, hashed), not by the document alone: an issued document's lines never change, but its balance
and UPI QR do with each payment. Renders run on RENDER_THREADS, one at a time with a short queue;
beyond it a download is refused TOO_BUSY (503).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from servicekit.auth import Caller
from servicekit.bounded_threads import BoundedThreads
from servicekit.signed_links import read_claims, sign_claims

from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.printing.labels import LANGUAGES, Language
from billing_service.printing.sheet import sheet_of
from billing_service.service_layer.authorization import Operation
from billing_service.service_layer.dependencies import FileLinks, PdfRenderer, UseCaseDependencies
from billing_service.service_layer.drafts import owned
from billing_service.service_layer.printing import printable_of

PDF_PURPOSE = "billing-pdf"
RENDER_THREADS = BoundedThreads(workers=1, queue_limit=4, name="pdf", niceness=5)
RENDERS_KEPT = 32  # a few hundred kilobytes each
_RENDERED: OrderedDict[str, bytes] = OrderedDict()


@dataclass(frozen=True)
class FileLink:
    url: str
    expires_at: datetime


@dataclass(frozen=True)
class RenderedPdf:
    filename: str
    content: bytes


def checked_language(raw: str) -> Language:
    if raw not in LANGUAGES:
        raise BillingError(BillingErrorCode.INVALID_INPUT, "The language is en or te.", "language")
    return raw


def files_of(deps: UseCaseDependencies) -> FileLinks:
    assert deps.files is not None, "the composition root gives billing its signed links"
    return deps.files


def signed_pdf_link(
    deps: UseCaseDependencies, document_id: uuid.UUID, language: Language, seconds: int
) -> FileLink:
    links = files_of(deps)
    expires_at = deps.clock() + timedelta(seconds=seconds)
    claims = {"d": document_id.hex, "l": language, "exp": int(expires_at.timestamp())}
    token = sign_claims(links.secret_key, PDF_PURPOSE, claims)
    return FileLink(f"{links.public_url}/files/billing/{token}.pdf", expires_at)


async def pdf_link(
    deps: UseCaseDependencies, caller: Caller, document_id: uuid.UUID, language: str
) -> FileLink:
    """A link that downloads the document's A4 PDF for the next few minutes (FILE_LINK_SECONDS)."""
    chosen = checked_language(language)
    async with deps.unit_of_work() as uow:
        await owned(uow, caller, document_id, Operation.READ_DOCUMENTS)
    return signed_pdf_link(deps, document_id, chosen, files_of(deps).link_seconds)


async def render_pdf(deps: UseCaseDependencies, document_id: uuid.UUID, language: Language) -> RenderedPdf:
    """The PDF of a document (no access check: callers have checked it or hold a signed link)."""
    assert deps.renderer is not None, "the composition root gives billing its renderer"
    async with deps.unit_of_work() as uow:
        document = await uow.documents.get(document_id)
        if document is None:
            raise BillingError(BillingErrorCode.NOT_FOUND, "No such document.")
        printable = await printable_of(uow, document)
        images = await uow.images.of_organizer(document.organizer_id)
    sheet = sheet_of(printable, language)
    content = await render_sheet(deps.renderer, sheet, images)
    name = document.numbering.number if document.numbering else f"{document.kind.value}-{document.id.hex[:8]}"
    return RenderedPdf(name.replace("/", "-") + ".pdf", content)


async def render_sheet(renderer: PdfRenderer, sheet: dict[str, Any], images: dict[str, bytes]) -> bytes:
    """The PDF of `sheet`: kept from an earlier render of the same page, or rendered on RENDER_THREADS
    (ServiceBusy when they and their queue are full)."""
    key = _page_digest(sheet, images)
    kept = _RENDERED.get(key)
    if kept is not None:
        _RENDERED.move_to_end(key)
        return kept
    content = await RENDER_THREADS.run(renderer.render, sheet, images)
    _RENDERED[key] = content
    while len(_RENDERED) > RENDERS_KEPT:
        _RENDERED.popitem(last=False)
    return content


def _page_digest(sheet: dict[str, Any], images: dict[str, bytes]) -> str:
    digest = hashlib.sha256(json.dumps(sheet, sort_keys=True, default=str).encode())
    for name in sorted(images):
        digest.update(name.encode() + b"\0" + hashlib.sha256(images[name]).digest())
    return digest.hexdigest()


async def pdf_by_token(deps: UseCaseDependencies, token: str) -> RenderedPdf | None:
    """The PDF a signed link opens, or None for a forged, expired or dangling one."""
    claims = read_claims(files_of(deps).secret_key, PDF_PURPOSE, token, deps.clock())
    if claims is None or claims.get("l") not in LANGUAGES:
        return None
    try:
        document_id = uuid.UUID(hex=str(claims.get("d")))
        return await render_pdf(deps, document_id, claims["l"])
    except (ValueError, BillingError):
        return None
