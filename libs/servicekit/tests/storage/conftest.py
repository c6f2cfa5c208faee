"""Both storage backends for one contract suite: the filesystem in a temporary directory, and S3
against a real Versity Gateway on loopback (a fresh bucket per test)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiobotocore.session import get_session
from servicekit.storage import ObjectStorage
from servicekit.storage.filesystem import FilesystemStorage
from servicekit.storage.s3 import S3Config, S3Storage
from servicekit.testing.s3_server import VersityGateway


async def make_bucket(server: VersityGateway) -> str:
    bucket = f"test-{uuid.uuid4().hex[:12]}"
    session = get_session()
    async with session.create_client(
        "s3",
        endpoint_url=server.endpoint_url,
        region_name="us-east-1",
        aws_access_key_id=server.access_key,
        aws_secret_access_key=server.secret_key,
    ) as s3:
        await s3.create_bucket(Bucket=bucket)
    return bucket


def s3_config(server: VersityGateway, bucket: str) -> S3Config:
    return S3Config(
        bucket=bucket,
        access_key_id=server.access_key,
        secret_access_key=server.secret_key,
        endpoint_url=server.endpoint_url,
    )


@pytest.fixture(params=["filesystem", "s3"])
async def storage(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[ObjectStorage]:
    if request.param == "filesystem":
        backend: ObjectStorage = FilesystemStorage(tmp_path / "objects")
    else:
        server: VersityGateway = request.getfixturevalue("s3_server")
        backend = S3Storage(s3_config(server, await make_bucket(server)))
    try:
        yield backend
    finally:
        await backend.close()
