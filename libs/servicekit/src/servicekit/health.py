"""Readiness: each dependency a service needs answers a named check."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

ReadinessCheck = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str | None = None


async def run_checks(checks: dict[str, ReadinessCheck], limit_seconds: float = 2.0) -> list[CheckResult]:
    """Run every check concurrently; a check that raises or times out is not ready."""

    async def run(name: str, check: ReadinessCheck) -> CheckResult:
        try:
            await asyncio.wait_for(check(), limit_seconds)
        except Exception as error:
            return CheckResult(name, False, type(error).__name__)
        return CheckResult(name, True)

    return list(await asyncio.gather(*(run(n, c) for n, c in checks.items())))


def database_check(engine: AsyncEngine) -> ReadinessCheck:
    async def check() -> None:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    return check
