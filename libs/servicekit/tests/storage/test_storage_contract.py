"""What every backend promises, run against the filesystem and a real S3-compatible server."""

from __future__ import annotations

import httpx
import pytest
from servicekit.storage import InvalidObjectKey, ObjectNotFound, ObjectStorage


async def test_an_object_put_is_read_back_whole_with_its_size(storage: ObjectStorage) -> None:
    data = bytes(range(256)) * 1000
    await storage.put("albums/a1/photo.jpg", data, content_type="image/jpeg")
    assert await storage.get("albums/a1/photo.jpg") == data
    stat = await storage.stat("albums/a1/photo.jpg")
    assert (stat.size, stat.content_type) == (len(data), "image/jpeg")


async def test_streaming_yields_the_object_in_chunks_no_bigger_than_asked(storage: ObjectStorage) -> None:
    data = b"x" * 70_000 + b"y" * 70_000
    await storage.put("big.bin", data, content_type="application/octet-stream")
    chunks = [chunk async for chunk in storage.stream("big.bin", chunk_bytes=32_768)]
    assert b"".join(chunks) == data
    assert len(chunks) > 1
    assert max(len(chunk) for chunk in chunks) <= 32_768


async def test_a_second_put_replaces_the_object(storage: ObjectStorage) -> None:
    await storage.put("k.txt", b"first", content_type="text/plain")
    await storage.put("k.txt", b"second", content_type="text/plain")
    assert await storage.get("k.txt") == b"second"


async def test_a_missing_object_is_object_not_found_for_every_read(storage: ObjectStorage) -> None:
    assert not await storage.exists("nothing/here.jpg")
    with pytest.raises(ObjectNotFound):
        await storage.get("nothing/here.jpg")
    with pytest.raises(ObjectNotFound):
        await storage.stat("nothing/here.jpg")
    with pytest.raises(ObjectNotFound):
        [chunk async for chunk in storage.stream("nothing/here.jpg")]


async def test_delete_removes_and_deleting_again_is_not_an_error(storage: ObjectStorage) -> None:
    await storage.put("gone.txt", b"bye", content_type="text/plain")
    assert await storage.exists("gone.txt")
    await storage.delete("gone.txt")
    await storage.delete("gone.txt")
    assert not await storage.exists("gone.txt")


@pytest.mark.parametrize(
    "key", ["../escape.txt", "/absolute.txt", "a/../b.txt", "a//b.txt", ".hidden", "", "a b"]
)
async def test_an_unsafe_key_is_refused_before_the_store_is_asked(storage: ObjectStorage, key: str) -> None:
    with pytest.raises(InvalidObjectKey):
        await storage.put(key, b"x", content_type="text/plain")
    with pytest.raises(InvalidObjectKey):
        await storage.get(key)


async def test_presigned_urls_work_where_the_store_has_them(storage: ObjectStorage) -> None:
    await storage.put("signed/photo.jpg", b"jpeg bytes", content_type="image/jpeg")
    url = await storage.presigned_url("signed/photo.jpg", expires_in=60)
    if url is None:  # the filesystem: the owning service serves through its signed route
        return
    async with httpx.AsyncClient() as client:
        assert (await client.get(url)).content == b"jpeg bytes"
        tampered = url.replace("photo.jpg", "other.jpg")
        assert (await client.get(tampered)).status_code == 403
        put_url = await storage.presigned_url("signed/new.png", method="PUT", content_type="image/png")
        assert put_url is not None
        answer = await client.put(put_url, content=b"png bytes", headers={"content-type": "image/png"})
        assert answer.status_code == 200
    assert await storage.get("signed/new.png") == b"png bytes"
