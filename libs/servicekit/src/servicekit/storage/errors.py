"""What object storage refuses, with stable codes (never a backend's own exception)."""

from __future__ import annotations


class StorageError(Exception):
    code = "STORAGE_ERROR"


class InvalidObjectKey(StorageError):
    """A key outside the safe alphabet, absolute, or climbing out with `..`."""

    code = "INVALID_OBJECT_KEY"


class ObjectNotFound(StorageError):
    code = "OBJECT_NOT_FOUND"


class StorageUnavailable(StorageError):
    """The store did not answer or refused us (credentials, bucket): try again or fix the settings."""

    code = "STORAGE_UNAVAILABLE"
