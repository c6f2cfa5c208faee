"""Storage settings a service mixes into its own:
`class GallerySettings(ServiceSettings, StorageSettings)`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings


class StorageSettings(BaseSettings):
    # filesystem: under STORAGE_DIR (default DATA_DIR/objects/<service>); s3: any S3-compatible store.
    storage_backend: Literal["filesystem", "s3"] = "filesystem"
    storage_dir: Path | None = None
    s3_endpoint_url: str | None = None  # None: AWS itself
    s3_bucket: str = ""
    s3_access_key_id: SecretStr | None = None
    s3_secret_access_key: SecretStr | None = None
    s3_region: str = "us-east-1"
    # Path-style addressing (endpoint/bucket/key): what Ceph, SeaweedFS and Versity Gateway expect.
    s3_path_style: bool = True
