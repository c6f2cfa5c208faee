"""argon2id password hashes; the cost comes from settings so tests can use cheap parameters.

Hashing runs on a few threads of its own (servicekit.bounded_threads), never on the event loop, at a
lower priority than the rest of the machine's work, and a burst beyond its queue is refused with
TOO_BUSY rather than waited on.
"""

from __future__ import annotations

from argon2 import PasswordHasher as Argon2Hasher
from argon2 import Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from servicekit.bounded_threads import BoundedThreads

from users_service.settings import UsersSettings


class PasswordHasher:
    def __init__(self, *, time_cost: int, memory_kib: int, parallelism: int, threads: BoundedThreads) -> None:
        self._argon2 = Argon2Hasher(
            time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism, type=Type.ID
        )
        self._threads = threads
        # Checked when an email is unknown, so that answer takes as long as a wrong password.
        self._decoy_hash = self._argon2.hash("decoy password that matches nothing 0")

    @classmethod
    def from_settings(cls, settings: UsersSettings) -> PasswordHasher:
        return cls(
            time_cost=settings.argon2_time_cost,
            memory_kib=settings.argon2_memory_kib,
            parallelism=settings.argon2_parallelism,
            threads=BoundedThreads(
                workers=settings.password_hashing_threads,
                queue_limit=settings.password_hashing_queue,
                name="argon2",
                niceness=10,  # the event loop and PostgreSQL first: `me` stays quick in a storm
            ),
        )

    async def hash(self, password: str) -> str:
        """Hash off the event loop: argon2 is deliberately slow and would stall other requests."""
        return await self._threads.run(self._hash, password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        """True when `password` matches; None (unknown account) costs the same and is False."""
        return await self._threads.run(self._verify, password_hash, password)

    def _hash(self, password: str) -> str:
        return str(self._argon2.hash(password))

    def _verify(self, password_hash: str | None, password: str) -> bool:
        try:
            return bool(self._argon2.verify(password_hash or self._decoy_hash, password)) and (
                password_hash is not None
            )
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
