"""Which backend the settings choose, and that a misconfigured S3 says what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from servicekit.storage import StorageSettings, StorageUnavailable, open_storage
from servicekit.storage.filesystem import FilesystemStorage
from servicekit.storage.s3 import S3Config, S3Storage


def test_the_filesystem_under_the_data_directory_is_the_default(tmp_path: Path) -> None:
    storage = open_storage(StorageSettings(), data_dir=tmp_path, service_name="gallery")
    assert isinstance(storage, FilesystemStorage)
    assert storage.root == tmp_path / "objects" / "gallery"


def test_s3_is_chosen_by_configuration(tmp_path: Path) -> None:
    settings = StorageSettings(
        storage_backend="s3",
        s3_bucket="photos",
        s3_access_key_id="key",
        s3_secret_access_key="not-a-real-secret",
        s3_endpoint_url="http://127.0.0.1:9",
    )
    storage = open_storage(settings, data_dir=tmp_path, service_name="gallery")
    assert isinstance(storage, S3Storage)
    assert "not-a-real-secret" not in repr(storage.config)


def test_s3_without_its_credentials_is_refused_at_start(tmp_path: Path) -> None:
    with pytest.raises(StorageUnavailable, match="S3_BUCKET"):
        open_storage(StorageSettings(storage_backend="s3"), data_dir=tmp_path, service_name="gallery")


async def test_an_unreachable_store_is_storage_unavailable_not_a_backend_exception() -> None:
    storage = S3Storage(S3Config("b", "k", "s", endpoint_url="http://127.0.0.1:9"))
    try:
        with pytest.raises(StorageUnavailable):
            await storage.put("a.txt", b"x", content_type="text/plain")
    finally:
        await storage.close()


async def test_the_filesystem_prunes_folders_a_delete_leaves_empty_and_keeps_the_rest(tmp_path: Path) -> None:
    storage = FilesystemStorage(tmp_path / "objects")
    await storage.put("albums/a/photos/p1/web.jpg", b"1", content_type="image/jpeg")
    await storage.put("albums/a/photos/p2/web.jpg", b"2", content_type="image/jpeg")
    await storage.delete("albums/a/photos/p1/web.jpg")
    assert sorted(p.name for p in (tmp_path / "objects" / "albums" / "a" / "photos").iterdir()) == ["p2"]
    await storage.delete("albums/a/photos/p2/web.jpg")
    assert list((tmp_path / "objects").iterdir()) == []
