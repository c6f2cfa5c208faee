"""The discovery service's public routes under /discovery/ (the edge sends them here without the
gateway): a public event as an iCalendar file, to download or subscribe to. Public events are public,
so there is no secret; anything that names no listed event is one 404."""

from __future__ import annotations

from fastapi import APIRouter, Response
from servicekit.refusals import RequestRefused

from discovery_service.bootstrap import DiscoveryServices
from discovery_service.domain.errors import DirectoryError
from discovery_service.service_layer import public_events, sharing

NOT_FOUND = RequestRefused(404, "EVENT_NOT_FOUND", "No public event is listed at this address.")


def public_router(services: DiscoveryServices) -> APIRouter:
    router = APIRouter(prefix="/discovery")
    deps = services.deps

    @router.get("/events/{event_id}.ics")
    async def event_ics(event_id: str) -> Response:
        try:
            event = await public_events.get_event(event_id[:64], deps)
        except DirectoryError:
            raise NOT_FOUND from None
        # Calendar apps that subscribed poll; five minutes of caching spares the service.
        headers = {
            "cache-control": "public, max-age=300",
            "content-disposition": 'attachment; filename="event.ics"',
        }
        body = sharing.event_ics(event, deps.clock())
        return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)

    return router
