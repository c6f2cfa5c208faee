"""The one interface every backend serves; services depend on this and nothing below it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol

DEFAULT_CHUNK_BYTES = 256 * 1024


@dataclass(frozen=True)
class StoredObject:
    key: str
    size: int
    content_type: str


class ObjectStorage(Protocol):
    """Async object storage. Writes are whole: a reader sees the old object, the new one or none,
    never part of one. Deleting what is not there is not an error."""

    async def put(self, key: str, data: bytes, *, content_type: str) -> StoredObject: ...

    async def get(self, key: str) -> bytes:
        """The object's bytes; ObjectNotFound if there is none."""
        ...

    def stream(self, key: str, *, chunk_bytes: int = DEFAULT_CHUNK_BYTES) -> AsyncIterator[bytes]:
        """The object's bytes in chunks, without holding it whole; ObjectNotFound on the first read."""
        ...

    async def stat(self, key: str) -> StoredObject:
        """Size and content type; ObjectNotFound if there is none."""
        ...

    async def exists(self, key: str) -> bool: ...

    async def delete(self, key: str) -> None: ...

    async def presigned_url(
        self, key: str, *, method: str = "GET", expires_in: int = 300, content_type: str | None = None
    ) -> str | None:
        """A URL the store itself serves for `expires_in` seconds (GET or PUT), or None when the
        store has no URLs of its own (the filesystem): then the owning service serves the object
        through a signed route of its own (servicekit.storage.signed_routes)."""
        ...

    async def close(self) -> None: ...
