"""The calendar's public routes under /ics/ (the edge sends them here without the gateway): the ICS
feed and the CSV downloads. Each checks its own secret; anything that opens nothing is one 404."""

from __future__ import annotations

from fastapi import APIRouter, Response
from servicekit.refusals import RequestRefused

from calendar_service.bootstrap import CalendarServices
from calendar_service.service_layer.exports import csv_by_token, feed_by_token
from calendar_service.service_layer.overlay_dependencies import overlay_dependencies

MAX_TOKEN_CHARS = 1024
NOT_FOUND = RequestRefused(404, "FEED_NOT_FOUND", "Nothing is published at this address.")


def exports_router(services: CalendarServices) -> APIRouter:
    router = APIRouter(prefix="/ics")
    deps = overlay_dependencies(services)

    @router.get("/feeds/{token}.ics")
    async def ics_feed(token: str) -> Response:
        body = await feed_by_token(token, deps) if len(token) <= MAX_TOKEN_CHARS else None
        if body is None:
            raise NOT_FOUND
        # Calendar apps poll; the URL is the secret, so no shared cache may keep a copy.
        headers = {"cache-control": "private, max-age=300", "x-robots-tag": "noindex"}
        return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)

    @router.get("/exports/{token}.csv")
    async def csv_export(token: str) -> Response:
        text = await csv_by_token(token, deps) if len(token) <= MAX_TOKEN_CHARS else None
        if text is None:
            raise NOT_FOUND
        headers = {
            "cache-control": "no-store",
            "content-disposition": 'attachment; filename="bookings.csv"',
        }
        # The BOM makes spreadsheet programs read the Telugu as UTF-8.
        return Response("\ufeff" + text, media_type="text/csv; charset=utf-8", headers=headers)

    return router
