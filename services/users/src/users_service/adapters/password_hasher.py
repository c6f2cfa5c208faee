"""argon2id password hashes; the cost comes from settings so tests can use cheap parameters."""

from __future__ import annotations

import asyncio

from argon2 import PasswordHasher as Argon2Hasher
from argon2 import Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from users_service.settings import UsersSettings


class PasswordHasher:
    def __init__(self, *, time_cost: int, memory_kib: int, parallelism: int) -> None:
        self._argon2 = Argon2Hasher(
            time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism, type=Type.ID
        )
        # Checked when an email is unknown, so that answer takes as long as a wrong password.
        self._decoy_hash = self._argon2.hash("decoy password that matches nothing 0")

    @classmethod
    def from_settings(cls, settings: UsersSettings) -> PasswordHasher:
        return cls(
            time_cost=settings.argon2_time_cost,
            memory_kib=settings.argon2_memory_kib,
            parallelism=settings.argon2_parallelism,
        )

    async def hash(self, password: str) -> str:
        """Hash off the event loop: argon2 is deliberately slow and would stall other requests."""
        return await asyncio.to_thread(self._hash, password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        """True when `password` matches; None (unknown account) costs the same and is False."""
        return await asyncio.to_thread(self._verify, password_hash, password)

    def _hash(self, password: str) -> str:
        return str(self._argon2.hash(password))

    def _verify(self, password_hash: str | None, password: str) -> bool:
        try:
            return bool(self._argon2.verify(password_hash or self._decoy_hash, password)) and (
                password_hash is not None
            )
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
