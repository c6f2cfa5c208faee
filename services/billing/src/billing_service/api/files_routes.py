"""Billing's public routes under /files/billing/ (the edge sends them here without the gateway): PDFs
and report CSVs at short-lived signed links. Each checks its own signature; anything that opens nothing
is one 404."""

from __future__ import annotations

from fastapi import APIRouter, Response
from servicekit.refusals import RequestRefused

from billing_service.bootstrap import BillingServices
from billing_service.service_layer.pdf_files import pdf_by_token

MAX_TOKEN_CHARS = 2048
NOT_FOUND = RequestRefused(404, "FILE_NOT_FOUND", "Nothing is published at this address.")


def files_router(services: BillingServices) -> APIRouter:
    router = APIRouter(prefix="/files/billing")
    deps = services.deps

    @router.get("/{token}.pdf")
    async def document_pdf(token: str) -> Response:
        pdf = await pdf_by_token(deps, token) if len(token) <= MAX_TOKEN_CHARS else None
        if pdf is None:
            raise NOT_FOUND
        headers = {
            "cache-control": "private, no-store",
            "content-disposition": f'inline; filename="{pdf.filename}"',
            "x-robots-tag": "noindex",
        }
        return Response(pdf.content, media_type="application/pdf", headers=headers)

    return router
