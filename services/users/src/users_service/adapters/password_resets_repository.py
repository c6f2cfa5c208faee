"""Password-reset codes per email, and the leaky buckets of codes asked for (domain/reset_codes.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from users_service.adapters.orm import PasswordResetCodeRow, ResetRequestLevelRow
from users_service.domain.lockout import FailureLevel
from users_service.domain.reset_codes import StoredResetCode

Scope = Literal["email", "address"]


class PasswordResetsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock_levels(self, email: str, address: str) -> tuple[FailureLevel, FailureLevel]:
        """Lock (made if missing) the email's bucket, then the address's: racing requests all count."""
        levels = []
        for scope, key in (("email", email), ("address", address)):
            await self._session.execute(
                insert(ResetRequestLevelRow).values(scope=scope, key=key, level=0.0).on_conflict_do_nothing()
            )
            row = (
                await self._session.execute(
                    select(ResetRequestLevelRow.level, ResetRequestLevelRow.last_at)
                    .where(ResetRequestLevelRow.scope == scope, ResetRequestLevelRow.key == key)
                    .with_for_update()
                )
            ).one()
            levels.append(FailureLevel(*row))
        return levels[0], levels[1]

    async def save_level(self, scope: Scope, key: str, level: FailureLevel) -> None:
        await self._session.execute(
            update(ResetRequestLevelRow)
            .where(ResetRequestLevelRow.scope == scope, ResetRequestLevelRow.key == key)
            .values(level=level.level, last_at=level.last_at)
        )

    async def replace_code(self, email: str, code_hash: str, *, expires_at: datetime, tries: int) -> None:
        """The email's code from now on; an earlier one stops working."""
        values = {"code_hash": code_hash, "expires_at": expires_at, "tries_left": tries}
        await self._session.execute(
            insert(PasswordResetCodeRow)
            .values(email=email, **values)
            .on_conflict_do_update(index_elements=[PasswordResetCodeRow.email], set_=values)
        )

    async def code(self, email: str, *, lock: bool = False) -> StoredResetCode | None:
        query = select(
            PasswordResetCodeRow.code_hash, PasswordResetCodeRow.expires_at, PasswordResetCodeRow.tries_left
        ).where(PasswordResetCodeRow.email == email)
        row = (await self._session.execute(query.with_for_update() if lock else query)).one_or_none()
        return None if row is None else StoredResetCode(*row)

    async def spend_try(self, email: str) -> None:
        await self._session.execute(
            update(PasswordResetCodeRow)
            .where(PasswordResetCodeRow.email == email)
            .values(tries_left=PasswordResetCodeRow.tries_left - 1)
        )

    async def forget(self, email: str) -> None:
        """The code is spent (or the person erased): drop it, and the email's count of codes asked for."""
        await self._session.execute(delete(PasswordResetCodeRow).where(PasswordResetCodeRow.email == email))
        await self._session.execute(
            delete(ResetRequestLevelRow).where(
                ResetRequestLevelRow.scope == "email", ResetRequestLevelRow.key == email
            )
        )
