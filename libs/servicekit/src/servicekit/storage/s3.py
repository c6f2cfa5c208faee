"""Objects in any S3-compatible store (AWS S3, Ceph RGW, SeaweedFS, R2, Versity Gateway) through
aiobotocore: SigV4 always (presigned URLs fail without it on several stores), path-style addressing
by default. The client is made on first use and kept; `close()` ends it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any

from aiobotocore.config import AioConfig
from aiobotocore.session import get_session
from botocore.exceptions import BotoCoreError, ClientError

from servicekit.storage.errors import ObjectNotFound, StorageUnavailable
from servicekit.storage.interface import DEFAULT_CHUNK_BYTES, StoredObject
from servicekit.storage.keys import check_key
from servicekit.storage.settings import StorageSettings

_MISSING = {"404", "NoSuchKey", "NotFound"}


@dataclass(frozen=True)
class S3Config:
    bucket: str
    access_key_id: str
    secret_access_key: str
    endpoint_url: str | None = None
    region: str = "us-east-1"
    path_style: bool = True

    def __repr__(self) -> str:  # never the secret key in a log or a traceback
        return f"S3Config(bucket={self.bucket!r}, endpoint_url={self.endpoint_url!r})"

    @classmethod
    def from_settings(cls, settings: StorageSettings) -> S3Config:
        if not settings.s3_bucket or not settings.s3_access_key_id or not settings.s3_secret_access_key:
            raise StorageUnavailable(
                "STORAGE_BACKEND=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY."
            )
        return cls(
            bucket=settings.s3_bucket,
            access_key_id=settings.s3_access_key_id.get_secret_value(),
            secret_access_key=settings.s3_secret_access_key.get_secret_value(),
            endpoint_url=settings.s3_endpoint_url,
            region=settings.s3_region,
            path_style=settings.s3_path_style,
        )


class S3Storage:
    def __init__(self, config: S3Config) -> None:
        self.config = config
        self._exit_stack: AsyncExitStack | None = None
        self._client: Any = None
        self._opening = asyncio.Lock()

    async def _s3(self) -> Any:
        async with self._opening:
            if self._client is None:
                stack = AsyncExitStack()
                self._client = await stack.enter_async_context(self._new_client())
                self._exit_stack = stack
        return self._client

    def _new_client(self) -> Any:
        c = self.config
        addressing = "path" if c.path_style else "virtual"
        return get_session().create_client(
            "s3",
            endpoint_url=c.endpoint_url,
            region_name=c.region,
            aws_access_key_id=c.access_key_id,
            aws_secret_access_key=c.secret_access_key,
            config=AioConfig(
                signature_version="s3v4",
                s3={"addressing_style": addressing},
                connect_timeout=5,
                read_timeout=60,
                retries={"max_attempts": 3, "mode": "standard"},
            ),
        )

    async def put(self, key: str, data: bytes, *, content_type: str) -> StoredObject:
        s3 = await self._s3()
        with _Translated(key):
            await s3.put_object(
                Bucket=self.config.bucket, Key=check_key(key), Body=data, ContentType=content_type
            )
        return StoredObject(key, len(data), content_type)

    async def get(self, key: str) -> bytes:
        s3 = await self._s3()
        with _Translated(key):
            answer = await s3.get_object(Bucket=self.config.bucket, Key=check_key(key))
            async with answer["Body"] as body:
                data: bytes = await body.read()
        return data

    async def stream(self, key: str, *, chunk_bytes: int = DEFAULT_CHUNK_BYTES) -> AsyncIterator[bytes]:
        s3 = await self._s3()
        with _Translated(key):
            answer = await s3.get_object(Bucket=self.config.bucket, Key=check_key(key))
            async with answer["Body"] as body:
                async for chunk in body.iter_chunks(chunk_bytes):
                    yield chunk

    async def stat(self, key: str) -> StoredObject:
        s3 = await self._s3()
        with _Translated(key):
            head = await s3.head_object(Bucket=self.config.bucket, Key=check_key(key))
        return StoredObject(key, int(head["ContentLength"]), str(head.get("ContentType", "")))

    async def exists(self, key: str) -> bool:
        try:
            await self.stat(key)
        except ObjectNotFound:
            return False
        return True

    async def delete(self, key: str) -> None:
        s3 = await self._s3()
        with _Translated(key):
            await s3.delete_object(Bucket=self.config.bucket, Key=check_key(key))

    async def presigned_url(
        self, key: str, *, method: str = "GET", expires_in: int = 300, content_type: str | None = None
    ) -> str | None:
        s3 = await self._s3()
        params: dict[str, str] = {"Bucket": self.config.bucket, "Key": check_key(key)}
        if method == "PUT" and content_type:
            params["ContentType"] = content_type
        operation = {"GET": "get_object", "PUT": "put_object"}[method]
        url: str = await s3.generate_presigned_url(operation, Params=params, ExpiresIn=expires_in)
        return url

    async def close(self) -> None:
        if self._exit_stack is not None:
            await self._exit_stack.aclose()
        self._exit_stack, self._client = None, None


class _Translated:
    """Backend failures as the interface's errors: a missing key, or the store unavailable."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, ClientError):
            code = str(exc.response.get("Error", {}).get("Code", ""))
            if code in _MISSING:
                raise ObjectNotFound(self.key) from None
            raise StorageUnavailable(f"The object store refused the request ({code}).") from None
        if isinstance(exc, BotoCoreError | OSError):
            raise StorageUnavailable(f"The object store is unreachable ({type(exc).__name__}).") from None
