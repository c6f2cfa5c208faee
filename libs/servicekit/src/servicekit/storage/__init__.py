"""Object storage behind one interface (docs/decisions/0025): the filesystem under `.data/` by default,
any S3-compatible store by configuration. Services hold an `ObjectStorage` and never a backend."""

from servicekit.storage.errors import InvalidObjectKey, ObjectNotFound, StorageError, StorageUnavailable
from servicekit.storage.interface import ObjectStorage, StoredObject
from servicekit.storage.keys import check_key
from servicekit.storage.selection import open_storage
from servicekit.storage.settings import StorageSettings

__all__ = [
    "InvalidObjectKey",
    "ObjectNotFound",
    "ObjectStorage",
    "StorageError",
    "StorageSettings",
    "StorageUnavailable",
    "StoredObject",
    "check_key",
    "open_storage",
]
