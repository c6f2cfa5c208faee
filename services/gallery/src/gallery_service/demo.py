"""The gallery part of `make demo`: a link-shared wedding album of the demo organizer with a few group
photos from the team's labelled set (`../shared/datasets/faces/`, copied into storage at seed time,
never committed). Seeding twice changes nothing: the album has a fixed id, photos dedupe by hash."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date

from faces.dataset import dataset_location
from servicekit.db import create_engine
from servicekit.postgres import service_database_url

from gallery_service.bootstrap import build_services
from gallery_service.domain.album import Album, Visibility
from gallery_service.service_layer.dependencies import GalleryDependencies
from gallery_service.service_layer.links import UploadGrant
from gallery_service.service_layer.uploads import store_photo
from gallery_service.settings import GallerySettings

DATASET = dataset_location()
PHOTOS = ("fr/test_obama_and_biden.jpg", "fr/test_kit_with_rose.jpg", "fr/two_people.jpg", "bbt/bbt1.jpg")
DEMO_ALBUM_ID = uuid.UUID("0b5e3c55-6a2d-4f1e-9d0e-6a11e7d0c0de")


def seed(facts: dict[str, str]) -> list[str]:
    """Make the demo album (once) for the demo organizer; say where to see it."""
    # The users part names the organizer only when it made them (the first run).
    organizer = facts.get("organizer_id")
    return asyncio.run(_seed(GallerySettings(), uuid.UUID(organizer) if organizer else None))


async def _seed(settings: GallerySettings, organizer_id: uuid.UUID | None) -> list[str]:
    engine = create_engine(service_database_url(settings))
    try:
        deps = build_services(settings, engine, None).deps
        album = await _album(deps, organizer_id)
        if album is None:
            return ["gallery: no demo organizer, so no demo album"]
        organizer_id = album.organizer_id
        sent = 0
        for name in PHOTOS:
            path = DATASET / name
            if path.is_file():
                grant = UploadGrant(album.id, organizer_id, 0)
                await store_photo(
                    grant, path.read_bytes(), file_name=path.name, declared_type=None, deps=deps
                )
                sent += 1
    finally:
        await engine.dispose()
    link = f"{settings.public_url.rstrip('/')}/ (gallery share code {album.share_code})"
    return [f"gallery: demo album '{album.title_en}' with {sent} photos, link-shared: {link}"]


async def _album(deps: GalleryDependencies, organizer_id: uuid.UUID | None) -> Album | None:
    async with deps.unit_of_work() as uow:
        existing = await uow.albums.get(DEMO_ALBUM_ID)
        if existing is not None or organizer_id is None:
            return existing
        now = deps.clock()
        album = Album(
            id=DEMO_ALBUM_ID,
            organizer_id=organizer_id,
            title_en="Sravani weds Kiran",
            title_te="శ్రావణి - కిరణ్ వివాహం",
            event_date=date(2026, 11, 25),
            venue="Sri Convention, Madhapur, Hyderabad",
            booking_id=None,
            cover_photo_id=None,
            position=0,
            visibility=Visibility.PRIVATE,
            share_code=None,
            share_expires_at=None,
            face_search_enabled=True,
            keep_gps=False,
            offered=False,
            created_at=now,
            updated_at=now,
        ).shared_with(Visibility.LINK, None, now)
        await uow.albums.add(album)
        await uow.commit()
    return album
