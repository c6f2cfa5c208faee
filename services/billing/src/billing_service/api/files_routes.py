"""Billing's public routes under /files/billing/ (the edge sends them here without the gateway): PDFs
and report CSVs at short-lived signed links, and the logo and signature uploads (PUT, signed too).
Each checks its own signature; anything that opens nothing is one 404."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from servicekit.errors import ServiceBusy
from servicekit.refusals import RequestRefused

from billing_service.bootstrap import BillingServices
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.service_layer.gst_return import CsvFile, gst_csv_by_token
from billing_service.service_layer.ledger_csv import ledger_csv_by_token
from billing_service.service_layer.pdf_files import pdf_by_token
from billing_service.service_layer.profile_images import keep_image, upload_target

MAX_TOKEN_CHARS = 2048
NOT_FOUND = RequestRefused(404, "FILE_NOT_FOUND", "Nothing is published at this address.")
BUSY = RequestRefused(503, "TOO_BUSY", "The service is busy. Try again in a moment.")
_IMAGE_STATUS = {
    BillingErrorCode.IMAGE_TOO_LARGE: 413,
    BillingErrorCode.IMAGE_NOT_SUPPORTED: 415,
    BillingErrorCode.IMAGE_TOO_MANY_PIXELS: 422,
}


def files_router(services: BillingServices) -> APIRouter:
    router = APIRouter(prefix="/files/billing")
    deps = services.deps

    @router.get("/{token}.pdf")
    async def document_pdf(token: str) -> Response:
        try:
            pdf = await pdf_by_token(deps, token) if len(token) <= MAX_TOKEN_CHARS else None
        except ServiceBusy:
            raise BUSY from None
        if pdf is None:
            raise NOT_FOUND
        headers = {
            "cache-control": "private, no-store",
            "content-disposition": f'inline; filename="{pdf.filename}"',
            "x-robots-tag": "noindex",
        }
        return Response(pdf.content, media_type="application/pdf", headers=headers)

    @router.get("/{token}.csv")
    async def report_csv(token: str) -> Response:
        found: CsvFile | None = None
        if len(token) <= MAX_TOKEN_CHARS:
            found = await gst_csv_by_token(deps, token) or await ledger_csv_by_token(deps, token)
        if found is None:
            raise NOT_FOUND
        headers = {
            "cache-control": "private, no-store",
            "content-disposition": f'attachment; filename="{found.filename}"',
            "x-robots-tag": "noindex",
        }
        return Response(found.content, media_type="text/csv; charset=utf-8", headers=headers)

    @router.put("/images/{token}")
    async def upload_image(token: str, request: Request) -> JSONResponse:
        target = upload_target(deps, token) if len(token) <= MAX_TOKEN_CHARS else None
        if target is None:
            raise NOT_FOUND
        try:
            image = await keep_image(deps, *target, await request.body())
        except BillingError as error:
            raise RequestRefused(
                _IMAGE_STATUS.get(BillingErrorCode(error.code), 422), error.code, error.message
            ) from None
        kind = target[1].value
        return JSONResponse(
            {"kind": kind, "mediaType": image.media_type, "width": image.width, "height": image.height}
        )

    return router
