"""Object keys: one safe alphabet for every backend, so a key never names a path outside the store."""

from __future__ import annotations

import re

from servicekit.storage.errors import InvalidObjectKey

MAX_KEY_CHARS = 512
_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def check_key(key: str) -> str:
    """`key` if it is `segment/segment/...` of letters, digits, `._-` (no `..`, no leading dot)."""
    if not key or len(key) > MAX_KEY_CHARS:
        raise InvalidObjectKey("An object key has 1 to 512 characters.")
    for segment in key.split("/"):
        if not _SEGMENT.match(segment) or ".." in segment:
            raise InvalidObjectKey(f"Object key {key!r} has an unsafe part.")
    return key
