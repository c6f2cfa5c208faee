"""Objects as files under one root directory: the default backend (`.data/objects/<service>`).

A write goes to a temporary file beside its target and is renamed over it, so a reader never sees
part of an object and a crash leaves no half-written one under its key. The content type is read
from the key's extension (mimetypes), which is why services name keys with one.
"""

from __future__ import annotations

import asyncio
import mimetypes
import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

from servicekit.storage.errors import ObjectNotFound
from servicekit.storage.interface import DEFAULT_CHUNK_BYTES, StoredObject
from servicekit.storage.keys import check_key


class FilesystemStorage:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    async def put(self, key: str, data: bytes, *, content_type: str) -> StoredObject:
        path = self._path(key)
        await asyncio.to_thread(_write_whole, path, data)
        return StoredObject(key, len(data), content_type)

    async def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError:
            raise ObjectNotFound(key) from None

    async def stream(self, key: str, *, chunk_bytes: int = DEFAULT_CHUNK_BYTES) -> AsyncIterator[bytes]:
        path = self._path(key)
        try:
            handle = await asyncio.to_thread(path.open, "rb")
        except FileNotFoundError:
            raise ObjectNotFound(key) from None
        try:
            while chunk := await asyncio.to_thread(handle.read, chunk_bytes):
                yield chunk
        finally:
            handle.close()

    async def stat(self, key: str) -> StoredObject:
        path = self._path(key)
        try:
            size = (await asyncio.to_thread(path.stat)).st_size
        except FileNotFoundError:
            raise ObjectNotFound(key) from None
        return StoredObject(key, size, _content_type(key))

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self._path(key).is_file)

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(_delete_and_prune, self._path(key), self.root)

    async def presigned_url(
        self, key: str, *, method: str = "GET", expires_in: int = 300, content_type: str | None = None
    ) -> str | None:
        check_key(key)
        return None  # the owning service serves files through its own signed route

    async def close(self) -> None:
        return None


def _content_type(key: str) -> str:
    return mimetypes.guess_type(key)[0] or "application/octet-stream"


def _delete_and_prune(path: Path, root: Path) -> None:
    """Remove the file, then its folders left empty (a key's "folders" exist only while it does)."""
    path.unlink(missing_ok=True)
    for folder in path.parents:
        if folder == root or root not in folder.parents:
            return
        try:
            folder.rmdir()
        except OSError:  # not empty (or gone): the folders above are in use too
            return


def _temporary_beside(path: Path) -> tuple[int, str]:
    for attempt in range(3):
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return tempfile.mkstemp(dir=path.parent, prefix=".partial-")
        except FileNotFoundError:  # a delete pruned the folder between the two calls
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _write_whole(path: Path, data: bytes) -> None:
    handle, temporary = _temporary_beside(path)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
