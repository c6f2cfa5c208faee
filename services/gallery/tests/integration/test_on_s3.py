"""The gallery on an S3-compatible store (a real Versity Gateway on loopback): a photo's three files
land in the bucket, a zip streams from it, and deleting the photo empties it again."""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiobotocore.session import get_session
from gallery_service.bootstrap import GalleryServices, build_services
from gallery_service.service_layer.albums import create_album
from gallery_service.service_layer.commands import AlbumFields, CreateAlbum, DeletePhoto
from gallery_service.service_layer.downloads import zip_stream
from gallery_service.service_layer.links import UploadGrant
from gallery_service.service_layer.photo_removal import delete_photo
from gallery_service.service_layer.uploads import store_photo
from gallery_service.settings import GallerySettings
from servicekit.auth import Caller, Role
from servicekit.storage.s3 import S3Config, S3Storage
from servicekit.testing.fixtures import isolated_sessions
from servicekit.testing.s3_server import VersityGateway
from sqlalchemy.ext.asyncio import AsyncEngine

from ..photos import noisy_jpeg


def s3_client(server: VersityGateway) -> Any:
    return get_session().create_client(
        "s3",
        endpoint_url=server.endpoint_url,
        region_name="us-east-1",
        aws_access_key_id=server.access_key,
        aws_secret_access_key=server.secret_key,
    )


async def bucket_keys(server: VersityGateway, bucket: str) -> list[str]:
    async with s3_client(server) as s3:
        listed = await s3.list_objects_v2(Bucket=bucket)
    return sorted(item["Key"] for item in listed.get("Contents", []))


@pytest.fixture
async def on_s3(
    service_engine: AsyncEngine, service_settings: GallerySettings, s3_server: VersityGateway
) -> AsyncIterator[tuple[GalleryServices, str]]:
    bucket = f"gallery-{uuid.uuid4().hex[:10]}"
    async with s3_client(s3_server) as s3:
        await s3.create_bucket(Bucket=bucket)
    storage = S3Storage(S3Config(bucket, s3_server.access_key, s3_server.secret_key, s3_server.endpoint_url))
    async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
        yield build_services(service_settings, service_engine, sessions, storage=storage), bucket
    await storage.close()


async def test_photos_live_in_the_bucket_and_leave_it_when_deleted(
    on_s3: tuple[GalleryServices, str], s3_server: VersityGateway
) -> None:
    services, bucket = on_s3
    organizer = uuid.uuid4()
    caller = Caller(user_id=str(organizer), roles=frozenset({Role.USER, Role.ORGANIZER}))
    album = await create_album(CreateAlbum(caller, AlbumFields("On S3", "ఎస్3")), services.deps)
    photo = noisy_jpeg(500, 400, seed=5)

    stored = await store_photo(
        UploadGrant(album.id, organizer, 0),
        photo,
        file_name="s3.jpg",
        declared_type="image/jpeg",
        deps=services.deps,
    )

    assert await bucket_keys(s3_server, bucket) == sorted(stored.photo.keys)
    assert await services.deps.storage.get(stored.photo.original_key) == photo
    archive = b"".join([chunk async for chunk in zip_stream([stored.photo], True, services.deps)])
    assert zipfile.ZipFile(io.BytesIO(archive)).read("s3.jpg") == photo
    await delete_photo(DeletePhoto(caller, stored.photo.id), services.deps)
    assert await bucket_keys(s3_server, bucket) == []
