"""Sign-in codes per phone, and the leaky buckets of codes asked for (domain/phone_codes.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from users_service.adapters.orm import PhoneCodeRequestLevelRow, PhoneCodeRow
from users_service.domain.lockout import FailureLevel
from users_service.domain.phone_codes import StoredPhoneCode

Scope = Literal["phone", "address"]
_LEVELS = PhoneCodeRequestLevelRow


class PhoneCodesRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock_levels(self, phone: str, address: str) -> tuple[FailureLevel, FailureLevel]:
        """Lock (made if missing) the phone's bucket, then the address's: racing requests all count."""
        levels = []
        for scope, key in (("phone", phone), ("address", address)):
            await self._session.execute(
                insert(_LEVELS).values(scope=scope, key=key, level=0.0).on_conflict_do_nothing()
            )
            row = (
                await self._session.execute(
                    select(_LEVELS.level, _LEVELS.last_at)
                    .where(_LEVELS.scope == scope, _LEVELS.key == key)
                    .with_for_update()
                )
            ).one()
            levels.append(FailureLevel(*row))
        return levels[0], levels[1]

    async def save_level(self, scope: Scope, key: str, level: FailureLevel) -> None:
        await self._session.execute(
            update(_LEVELS)
            .where(_LEVELS.scope == scope, _LEVELS.key == key)
            .values(level=level.level, last_at=level.last_at)
        )

    async def replace_code(self, phone: str, code_hash: str, *, expires_at: datetime, tries: int) -> None:
        """The phone's code from now on; an earlier one stops working."""
        values = {"code_hash": code_hash, "expires_at": expires_at, "tries_left": tries}
        await self._session.execute(
            insert(PhoneCodeRow)
            .values(phone=phone, **values)
            .on_conflict_do_update(index_elements=[PhoneCodeRow.phone], set_=values)
        )

    async def code(self, phone: str, *, lock: bool = False) -> StoredPhoneCode | None:
        query = select(PhoneCodeRow.code_hash, PhoneCodeRow.expires_at, PhoneCodeRow.tries_left).where(
            PhoneCodeRow.phone == phone
        )
        row = (await self._session.execute(query.with_for_update() if lock else query)).one_or_none()
        return None if row is None else StoredPhoneCode(*row)

    async def spend_try(self, phone: str) -> None:
        await self._session.execute(
            update(PhoneCodeRow)
            .where(PhoneCodeRow.phone == phone)
            .values(tries_left=PhoneCodeRow.tries_left - 1)
        )

    async def forget(self, phone: str) -> None:
        """The code is spent (or the person erased): drop it, and the phone's count of codes asked for."""
        await self._session.execute(delete(PhoneCodeRow).where(PhoneCodeRow.phone == phone))
        await self._session.execute(delete(_LEVELS).where(_LEVELS.scope == "phone", _LEVELS.key == phone))
