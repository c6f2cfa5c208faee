"""Links the operator's CLI signs itself (it has the service's settings and database)."""

from __future__ import annotations

import uuid

from servicekit.db import create_engine
from servicekit.postgres import service_database_url

from gallery_service.bootstrap import build_services
from gallery_service.service_layer.links import upload_token
from gallery_service.settings import GallerySettings


async def operator_tus_url(settings: GallerySettings, album_id: str) -> str:
    """The album's tus URL on PUBLIC_URL, signed for UPLOAD_LINK_SECONDS; LookupError if no album."""
    try:
        wanted = uuid.UUID(album_id)
    except ValueError:
        raise LookupError(f"{album_id!r} is not an album id") from None
    engine = create_engine(service_database_url(settings))
    try:
        services = build_services(settings, engine, None)
        async with services.deps.unit_of_work() as uow:
            album = await uow.albums.get(wanted)
    finally:
        await engine.dispose()
    if album is None:
        raise LookupError(f"no album {album_id}")
    token, _ = upload_token(services.deps.links, album.id, album.organizer_id, services.deps.clock())
    return f"{services.deps.links.public_url}/gallery/tus/{token}"
