"""The real password hasher, watched: how often it runs, and what the database pool holds meanwhile."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import QueuePool
from users_service.adapters.password_hasher import PasswordHasher


class ProbingHasher(PasswordHasher):
    """Hashes and verifies with `real`; counts each run and, with `engine`, records how many of its
    pool's connections were checked out as each run started and as it ended."""

    def __init__(self, real: PasswordHasher, engine: AsyncEngine | None = None) -> None:
        self._real = real  # the real hasher does the work
        self._engine = engine
        self.runs = 0
        self.connections_checked_out: list[int] = []

    async def hash(self, password: str) -> str:
        self._record()
        try:
            return await self._real.hash(password)
        finally:
            self._record(counting=False)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        self._record()
        try:
            return await self._real.verify(password_hash, password)
        finally:
            self._record(counting=False)

    def _record(self, *, counting: bool = True) -> None:
        self.runs += counting
        if self._engine is not None:
            pool = self._engine.pool
            assert isinstance(pool, QueuePool)
            self.connections_checked_out.append(pool.checkedout())
