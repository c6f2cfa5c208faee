"""The sign-in throttle's reads and writes (domain/lockout.py), each in a short transaction.

Nothing here is held while a password is checked: the wait is read before the check, and a failure is
counted after it, under row locks held for one statement's worth of time.
"""

from __future__ import annotations

from datetime import timedelta

import structlog

from users_service.domain.lockout import SignInKey
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.unit_of_work import UsersUnitOfWork

log = structlog.get_logger()


async def retry_after(uow: UsersUnitOfWork, key: SignInKey, deps: UseCaseDependencies) -> timedelta | None:
    """How long sign-ins under `key` must still wait; None when one may be tried now."""
    account, address = await uow.login_failures.read(key)
    return deps.throttle.retry_after(account, address, deps.clock())


async def record_failure(key: SignInKey, deps: UseCaseDependencies) -> None:
    """Count a failed sign-in against the account from this address, and against the address."""
    throttle = deps.throttle
    async with deps.unit_of_work() as uow:
        now = deps.clock()
        account, address = await uow.login_failures.lock(key)
        account = account.after_failure(now, throttle.per_account)
        address = address.after_failure(now, throttle.per_address)
        await uow.login_failures.save(key, account, address)
        await uow.commit()
    if throttle.retry_after(account, address, now) is not None:
        log.warning("login_throttled", failures=account.count, address_failure_level=round(address.level, 1))
