"""A message for the next screen shown, such as "Your account was erased" on the sign-in screen."""

from __future__ import annotations


class Notices:
    """Holds one catalogue key until the next screen takes it; it is shown once."""

    def __init__(self) -> None:
        self._pending: str | None = None

    def post(self, key: str) -> None:
        self._pending = key

    def take(self) -> str | None:
        key, self._pending = self._pending, None
        return key
