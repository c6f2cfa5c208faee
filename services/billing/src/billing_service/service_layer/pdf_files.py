"""A document's PDF behind a short-lived signed link: the graph hands out the link, the public route
`/files/billing/<token>.pdf` checks the signature and serves the page: an issued document's from object
storage once rendered (pdf_store.py), any page from memory while recent (pdf_renders.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from servicekit.auth import Caller
from servicekit.signed_links import read_claims, sign_claims

from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.printing.labels import LANGUAGES, Language
from billing_service.printing.sheet import sheet_of
from billing_service.service_layer.authorization import Operation
from billing_service.service_layer.dependencies import FileLinks, UseCaseDependencies
from billing_service.service_layer.drafts import owned
from billing_service.service_layer.pdf_store import stored_or_rendered
from billing_service.service_layer.printing import printable_of

PDF_PURPOSE = "billing-pdf"


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
    content = await stored_or_rendered(deps, document, language, sheet, images)
    name = document.numbering.number if document.numbering else f"{document.kind.value}-{document.id.hex[:8]}"
    return RenderedPdf(name.replace("/", "-") + ".pdf", content)


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
