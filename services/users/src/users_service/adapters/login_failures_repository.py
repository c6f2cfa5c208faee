"""Failed sign-ins per (email, client address) and per client address (domain/lockout.py)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from users_service.adapters.orm import AddressLoginFailureRow, LoginFailureRow
from users_service.domain.lockout import FailureLevel, Failures, SignInKey


class LoginFailuresRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def read(self, key: SignInKey) -> tuple[Failures, FailureLevel]:
        """The account's failures from this address, and the address's, without locking."""
        return await self._both(key, lock=False)

    async def lock(self, key: SignInKey) -> tuple[Failures, FailureLevel]:
        """Lock both rows (made if missing), the account's first: racing failures all count."""
        await self._session.execute(
            insert(LoginFailureRow)
            .values(email=key.email, client_address=key.client_address, failures=0)
            .on_conflict_do_nothing()
        )
        await self._session.execute(
            insert(AddressLoginFailureRow)
            .values(client_address=key.client_address, failure_level=0.0)
            .on_conflict_do_nothing()
        )
        return await self._both(key, lock=True)

    async def save(self, key: SignInKey, account: Failures, address: FailureLevel) -> None:
        """Store both counts; the rows are the ones `lock` holds."""
        await self._session.execute(
            update(LoginFailureRow)
            .where(_account(key))
            .values(failures=account.count, last_failure_at=account.last_at)
        )
        await self._session.execute(
            update(AddressLoginFailureRow)
            .where(_address(key))
            .values(failure_level=address.level, last_failure_at=address.last_at)
        )

    async def forget_account(self, key: SignInKey) -> None:
        """A sign-in from this address succeeded: its count for the account starts afresh."""
        await self._session.execute(delete(LoginFailureRow).where(_account(key)))

    async def forget(self, email: str) -> None:
        """Drop every count of the email (an erased person's address is personal data too)."""
        await self._session.execute(delete(LoginFailureRow).where(LoginFailureRow.email == email))

    async def _both(self, key: SignInKey, *, lock: bool) -> tuple[Failures, FailureLevel]:
        account = select(LoginFailureRow.failures, LoginFailureRow.last_failure_at).where(_account(key))
        address = select(AddressLoginFailureRow.failure_level, AddressLoginFailureRow.last_failure_at).where(
            _address(key)
        )
        if lock:
            account, address = account.with_for_update(), address.with_for_update()
        account_row = (await self._session.execute(account)).one_or_none()
        address_row = (await self._session.execute(address)).one_or_none()
        return (
            Failures() if account_row is None else Failures(*account_row),
            FailureLevel() if address_row is None else FailureLevel(*address_row),
        )


def _account(key: SignInKey) -> ColumnElement[bool]:
    return (LoginFailureRow.email == key.email) & (LoginFailureRow.client_address == key.client_address)


def _address(key: SignInKey) -> ColumnElement[bool]:
    return AddressLoginFailureRow.client_address == key.client_address
