"""Refresh-token families."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from users_service.adapters.orm import RefreshTokenRow
from users_service.domain.refresh_tokens import RefreshTokenState, RefreshTokenStatus


def refresh_token_digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


@dataclass(frozen=True, slots=True)
class StoredRefreshToken:
    id: uuid.UUID
    family_id: uuid.UUID
    user_id: uuid.UUID
    state: RefreshTokenState


class RefreshTokensRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self, *, family_id: uuid.UUID, user_id: uuid.UUID, secret: str, expires_at: datetime
    ) -> None:
        self._session.add(
            RefreshTokenRow(
                id=uuid.uuid4(),
                family_id=family_id,
                user_id=user_id,
                token_hash=refresh_token_digest(secret),
                status=RefreshTokenStatus.ACTIVE.value,
                expires_at=expires_at,
            )
        )
        await self._session.flush()

    async def owner_of(self, secret: str) -> uuid.UUID | None:
        """Whose token this is, without locking (to lock the owner's account first)."""
        query = select(RefreshTokenRow.user_id).where(
            RefreshTokenRow.token_hash == refresh_token_digest(secret)
        )
        owner: uuid.UUID | None = (await self._session.execute(query)).scalar_one_or_none()
        return owner

    async def find_for_update(self, secret: str) -> StoredRefreshToken | None:
        """Lock the token's row: two refreshes racing with one token cannot both rotate it."""
        query = (
            select(RefreshTokenRow)
            .where(RefreshTokenRow.token_hash == refresh_token_digest(secret))
            .with_for_update()
        )
        row = (await self._session.execute(query)).scalar_one_or_none()
        if row is None:
            return None
        state = RefreshTokenState(RefreshTokenStatus(row.status), row.expires_at)
        return StoredRefreshToken(row.id, row.family_id, row.user_id, state)

    async def mark_rotated(self, token_id: uuid.UUID) -> None:
        await self._set_status(RefreshTokenRow.id == token_id, RefreshTokenStatus.ROTATED)

    async def revoke_family(self, family_id: uuid.UUID) -> None:
        await self._set_status(RefreshTokenRow.family_id == family_id, RefreshTokenStatus.REVOKED)

    async def live_families_of(self, user_id: uuid.UUID) -> list[uuid.UUID]:
        """The person's sessions that can still be refreshed (a family with an active member)."""
        query = (
            select(RefreshTokenRow.family_id)
            .where(
                RefreshTokenRow.user_id == user_id, RefreshTokenRow.status == RefreshTokenStatus.ACTIVE.value
            )
            .distinct()
        )
        return list((await self._session.execute(query)).scalars())

    async def revoke_all_of(self, user_id: uuid.UUID) -> None:
        await self._set_status(RefreshTokenRow.user_id == user_id, RefreshTokenStatus.REVOKED)

    async def delete_all_of(self, user_id: uuid.UUID) -> None:
        await self._session.execute(delete(RefreshTokenRow).where(RefreshTokenRow.user_id == user_id))

    async def _set_status(self, condition: ColumnElement[bool], status: RefreshTokenStatus) -> None:
        statement = update(RefreshTokenRow).where(condition).values(status=status.value)
        await self._session.execute(statement)
