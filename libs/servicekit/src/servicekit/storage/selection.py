"""The backend a service's settings choose."""

from __future__ import annotations

from pathlib import Path

from servicekit.storage.filesystem import FilesystemStorage
from servicekit.storage.interface import ObjectStorage
from servicekit.storage.s3 import S3Config, S3Storage
from servicekit.storage.settings import StorageSettings


def open_storage(settings: StorageSettings, *, data_dir: Path, service_name: str) -> ObjectStorage:
    """The configured backend; the filesystem one under `data_dir/objects/<service>` unless told."""
    if settings.storage_backend == "s3":
        return S3Storage(S3Config.from_settings(settings))
    root = settings.storage_dir or data_dir / "objects" / service_name
    return FilesystemStorage(root)
