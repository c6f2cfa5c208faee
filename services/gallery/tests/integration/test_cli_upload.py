"""`eventxperts gallery upload DIR --link ...` against the service on a real socket: a connection
killed in the middle of a photo is resumed from the bytes the server kept, files already stored are
skipped, and a second run sends nothing."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
import uvicorn
from click.testing import CliRunner
from gallery_service.adapters.tables import albums
from gallery_service.bootstrap import GalleryServices, build_services
from gallery_service.commands import gallery
from gallery_service.service import SERVICE
from gallery_service.service_layer.albums import create_album
from gallery_service.service_layer.commands import AlbumFields, CreateAlbum
from gallery_service.service_layer.links import upload_token
from gallery_service.settings import GallerySettings
from gallery_service.upload_client import TusUploader
from servicekit.auth import Caller, Role
from servicekit.db import create_engine
from servicekit.service import create_app
from servicekit.testing.ports import free_port

from ..dropping_proxy import DroppingProxy
from ..photos import jpeg, noisy_jpeg


class LiveGallery:
    """The gallery app served by uvicorn on its own thread and event loop, behind a dropping proxy."""

    def __init__(self, settings: GallerySettings, database_url: str) -> None:
        self.port = free_port()
        self.proxy = DroppingProxy(self.port, cut_after=200_000)
        self.settings = settings.model_copy(update={"public_url": f"http://127.0.0.1:{self.proxy.port}"})
        services = build_services(self.settings, create_engine(database_url), None)
        app = create_app(SERVICE, self.settings, services=services)
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_config=None, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveGallery:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.proxy.close()


@pytest.fixture
def live(service_settings: GallerySettings, service_database_url: str) -> Iterator[LiveGallery]:
    with LiveGallery(service_settings, service_database_url) as served:
        yield served


@pytest.fixture
async def album(committing_services: GalleryServices) -> AsyncIterator[tuple[uuid.UUID, uuid.UUID]]:
    organizer = uuid.uuid4()
    caller = Caller(user_id=str(organizer), roles=frozenset({Role.USER, Role.ORGANIZER}))
    made = await create_album(
        CreateAlbum(caller, AlbumFields("Card upload", "కార్డ్")), committing_services.deps
    )
    yield made.id, organizer
    async with committing_services.sessions() as session, session.begin():
        await session.execute(sa.delete(albums).where(albums.c.id == made.id))


def tus_link(live: LiveGallery, album: tuple[uuid.UUID, uuid.UUID], services: GalleryServices) -> str:
    links = replace(services.deps.links, public_url=live.settings.public_url)
    token, _ = upload_token(links, album[0], album[1], services.deps.clock())
    return f"{links.public_url}/gallery/tus/{token}"


async def test_a_dropped_connection_is_resumed_from_the_bytes_the_server_kept(
    live: LiveGallery,
    album: tuple[uuid.UUID, uuid.UUID],
    committing_services: GalleryServices,
    tmp_path: Path,
) -> None:
    big = noisy_jpeg(900, 700, seed=1)
    assert len(big) > 2 * live.proxy.cut_after
    (tmp_path / "DSC_0001.JPG").write_bytes(big)
    (tmp_path / "DSC_0002.jpg").write_bytes(jpeg(seed=2))
    (tmp_path / "notes.txt").write_text("not a photo: not sent")
    uploader = TusUploader(tus_link(live, album, committing_services), backoff_seconds=0.05)

    report = await asyncio.to_thread(uploader.upload_folder, tmp_path)

    assert live.proxy.cuts == 1
    assert report.resumed >= 1
    assert max(report.resumed_from) > 0  # went on from what the server kept, not from the start
    assert sorted(report.sent) == ["DSC_0001.JPG", "DSC_0002.jpg"]
    async with committing_services.deps.unit_of_work() as uow:
        photos = await uow.photos.of_album(album[0])
    stored = {p.file_name: await committing_services.deps.storage.get(p.original_key) for p in photos}
    assert stored["DSC_0001.JPG"] == big
    assert not (tmp_path / ".eventxperts-upload.json").exists()


def test_the_command_skips_what_the_album_has_and_says_so(
    live: LiveGallery,
    album: tuple[uuid.UUID, uuid.UUID],
    committing_services: GalleryServices,
    tmp_path: Path,
) -> None:
    (tmp_path / "a.jpg").write_bytes(jpeg(seed=3))
    (tmp_path / "b.png").write_bytes(
        noisy_jpeg(60, 40, seed=4)
    )  # a JPEG named .png: refused, the rest goes on
    link = tus_link(live, album, committing_services)
    runner = CliRunner()

    first = runner.invoke(gallery, ["upload", str(tmp_path), "--link", link])
    second = runner.invoke(gallery, ["upload", str(tmp_path), "--link", link])

    assert "sent 1, already there 0, refused 1" in first.output
    assert "CONTENT_TYPE_MISMATCH" in first.output
    assert first.exit_code == 1
    assert "sent 0, already there 1, refused 1" in second.output
