"""Tokens verified before, remembered until they expire: a client sends the same access token with
every request for its whole lifetime, and the gateway forwards it to every subgraph it calls.

Only the exact token string is remembered (nothing else can hit), with the key that signed it, so
the verifier can still refuse it once that key is retired.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servicekit.auth.tokens import Claims


@dataclass(frozen=True, slots=True)
class VerifiedToken:
    kid: str
    claims: Claims
    expires_at: float


class VerifiedTokens:
    """At most `maxsize` verified tokens, the least recently used forgotten first."""

    def __init__(self, maxsize: int = 4096, *, clock: Callable[[], float] = time.time) -> None:
        self._maxsize = maxsize
        self._clock = clock
        self._entries: OrderedDict[str, VerifiedToken] = OrderedDict()

    def get(self, token: str) -> VerifiedToken | None:
        """The verification of `token`, unless there was none or the token has expired since."""
        entry = self._entries.get(token)
        if entry is None:
            return None
        if self._clock() >= entry.expires_at:
            del self._entries[token]
            return None
        self._entries.move_to_end(token)
        return entry

    def remember(self, token: str, kid: str, claims: Claims) -> None:
        expires_at = claims.raw.get("exp")
        if self._maxsize <= 0 or not isinstance(expires_at, int | float):
            return
        self._entries[token] = VerifiedToken(kid, claims, float(expires_at))
        self._entries.move_to_end(token)
        while len(self._entries) > self._maxsize:
            self._entries.popitem(last=False)

    def forget(self, token: str) -> None:
        self._entries.pop(token, None)
