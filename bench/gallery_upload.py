"""How fast the gallery takes photos: upload throughput (MB/s) through its signed whole-file route and
through tus, on loopback to the service served by uvicorn, and the time to check a photo and make its
web size and thumbnail (ms per photo) at camera sizes. Embedded PostgreSQL and filesystem storage in a
temporary directory; nothing is kept.

    uv run python bench/gallery_upload.py [--photos 12]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import shutil
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import uvicorn
from gallery_service.bootstrap import build_services
from gallery_service.imaging.photo_processing import PhotoLimits, process_photo
from gallery_service.service import SERVICE
from gallery_service.service_layer.albums import create_album
from gallery_service.service_layer.commands import AlbumFields, CreateAlbum
from gallery_service.service_layer.links import upload_token
from gallery_service.settings import GallerySettings
from gallery_service.upload_client import TusUploader
from PIL import Image, ImageFilter
from servicekit.auth import Caller, Role
from servicekit.db import create_engine
from servicekit.migrations import upgrade_to_head
from servicekit.postgres import ensure_database, start_embedded_server, stop_embedded_server, with_database
from servicekit.service import create_app
from servicekit.testing.ports import free_port

SIZES = ((2000, 1500), (4000, 3000))


def camera_like_jpeg(width: int, height: int, seed: int) -> bytes:
    """Smooth shapes plus sensor-like noise: JPEG sizes near a phone's (not a flat colour, not pure noise)."""
    base = Image.radial_gradient("L").resize((width, height)).convert("RGB")
    noise = Image.effect_noise((width, height), 24 + seed % 7).convert("RGB")
    image = Image.blend(base, noise, 0.35).filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def thumbnail_table(photos_per_size: int) -> None:
    limits = PhotoLimits(
        max_bytes=40 * 2**20, max_pixels=100_000_000, web_long_edge=2048, thumbnail_long_edge=400
    )
    print("\n| photo | JPEG size | check + web size + thumbnail, ms per photo (median) |")
    print("|---|---|---|")
    for width, height in SIZES:
        photos = [camera_like_jpeg(width, height, seed) for seed in range(photos_per_size)]
        times = []
        for photo in photos:
            started = time.perf_counter()
            process_photo(photo, "image/jpeg", limits)
            times.append((time.perf_counter() - started) * 1000)
        size = statistics.median(len(p) for p in photos) / 2**20
        print(f"| {width}x{height} | {size:.1f} MB | {statistics.median(times):.0f} |")


class Served:
    def __init__(self, settings: GallerySettings, database_url: str) -> None:
        self.services = build_services(settings, create_engine(database_url), None)
        app = create_app(SERVICE, settings, services=self.services)
        self.server = uvicorn.Server(
            uvicorn.Config(
                app, host="127.0.0.1", port=settings.port, log_config=None, lifespan="off", access_log=False
            )
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join()


def upload_table(settings: GallerySettings, database_url: str, count: int, folder: Path) -> None:
    photos = [camera_like_jpeg(4000, 3000, seed) for seed in range(count)]
    for i, photo in enumerate(photos):
        (folder / f"IMG_{i:04}.jpg").write_bytes(photo)
    total_mb = sum(len(p) for p in photos) / 2**20
    setup = build_services(settings, create_engine(database_url), None)
    organizer = uuid.uuid4()
    caller = Caller(user_id=str(organizer), roles=frozenset({Role.USER, Role.ORGANIZER}))
    print(f"\n| route ({count} photos of 4000x3000, {total_mb:.0f} MB) | seconds | MB/s | photos/s |")
    print("|---|---|---|---|")
    with Served(settings, database_url):
        for route in ("whole file (PUT)", "tus (4 MB PATCHes)"):
            album = asyncio.run(create_album(CreateAlbum(caller, AlbumFields(route, route)), setup.deps))
            token, _ = upload_token(setup.deps.links, album.id, organizer, setup.deps.clock())
            base = f"{settings.public_url}/gallery"
            started = time.perf_counter()
            if route.startswith("whole"):
                with httpx.Client(timeout=120) as client:
                    for photo in photos:
                        client.put(f"{base}/uploads/{token}", content=photo).raise_for_status()
            else:
                report = TusUploader(f"{base}/tus/{token}").upload_folder(folder)
                assert len(report.sent) == count, report
            elapsed = time.perf_counter() - started
            print(f"| {route} | {elapsed:.1f} | {total_mb / elapsed:.1f} | {count / elapsed:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=12)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="eventxperts-gallery-bench-"))
    try:
        server = start_embedded_server(work / "pg")
        url = with_database(server, "bench_gallery")
        ensure_database(url)
        upgrade_to_head(SERVICE.migrations_dir, url)
        port = free_port()
        settings = GallerySettings(
            data_dir=work / "data",
            publish_events=False,
            port=port,
            public_url=f"http://127.0.0.1:{port}",
            max_photo_bytes=40 * 2**20,
        )
        (work / "card").mkdir()
        thumbnail_table(max(3, args.photos // 3))
        upload_table(settings, url, args.photos, work / "card")
    finally:
        stop_embedded_server(work / "pg")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
