"""Failed sign-ins per (email, client address) and per client address (domain/lockout.py)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from users_service.adapters.orm import AddressLoginFailureRow, LoginFailureRow
from users_service.domain.lockout import Failures, SignInKey


class LoginFailuresRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def read(self, key: SignInKey) -> tuple[Failures, Failures]:
        """The account's failures from this address, and the address's, without locking."""
        return await self._both(key, lock=False)

    async def lock(self, key: SignInKey) -> tuple[Failures, Failures]:
        """Lock both rows (made if missing), the account's first: racing failures all count."""
        await self._session.execute(
            insert(LoginFailureRow)
            .values(email=key.email, client_address=key.client_address, failures=0)
            .on_conflict_do_nothing()
        )
        await self._session.execute(
            insert(AddressLoginFailureRow)
            .values(client_address=key.client_address, failures=0)
            .on_conflict_do_nothing()
        )
        return await self._both(key, lock=True)

    async def save(self, key: SignInKey, account: Failures, address: Failures) -> None:
        """Store both counts; the rows are the ones `lock` holds."""
        await self._session.execute(
            update(LoginFailureRow)
            .where(_account(key))
            .values(failures=account.count, last_failure_at=account.last_at)
        )
        await self._session.execute(
            update(AddressLoginFailureRow)
            .where(_address(key))
            .values(failures=address.count, last_failure_at=address.last_at)
        )

    async def forget_account(self, key: SignInKey) -> None:
        """A sign-in from this address succeeded: its count for the account starts afresh."""
        await self._session.execute(delete(LoginFailureRow).where(_account(key)))

    async def forget(self, email: str) -> None:
        """Drop every count of the email (an erased person's address is personal data too)."""
        await self._session.execute(delete(LoginFailureRow).where(LoginFailureRow.email == email))

    async def _both(self, key: SignInKey, *, lock: bool) -> tuple[Failures, Failures]:
        account = select(LoginFailureRow.failures, LoginFailureRow.last_failure_at).where(_account(key))
        address = select(AddressLoginFailureRow.failures, AddressLoginFailureRow.last_failure_at).where(
            _address(key)
        )
        if lock:
            account, address = account.with_for_update(), address.with_for_update()
        found = [(await self._session.execute(query)).one_or_none() for query in (account, address)]
        account_side, address_side = (Failures() if row is None else Failures(*row) for row in found)
        return account_side, address_side


def _account(key: SignInKey) -> ColumnElement[bool]:
    return (LoginFailureRow.email == key.email) & (LoginFailureRow.client_address == key.client_address)


def _address(key: SignInKey) -> ColumnElement[bool]:
    return AddressLoginFailureRow.client_address == key.client_address
