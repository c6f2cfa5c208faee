"""A message for the next screen shown, such as "Your account was erased" on the sign-in screen."""

from __future__ import annotations

from eventxperts_app.i18n import Msgid


class Notices:
    """Holds one message until the next screen takes it; it is shown once."""

    def __init__(self) -> None:
        self._pending: Msgid | None = None

    def post(self, message: Msgid) -> None:
        self._pending = message

    def take(self) -> Msgid | None:
        message, self._pending = self._pending, None
        return message
