"""The organizer's logo and signature images in the database (small, read with every PDF)."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from billing_service.adapters import tables as t


class ImagesRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of_organizer(self, organizer_id: uuid.UUID) -> dict[str, bytes]:
        rows = await self.session.execute(
            sa.select(t.profile_images.c.kind, t.profile_images.c.content).where(
                t.profile_images.c.organizer_id == organizer_id
            )
        )
        return {row.kind: bytes(row.content) for row in rows}

    async def kinds_of(self, organizer_id: uuid.UUID) -> list[str]:
        rows = await self.session.scalars(
            sa.select(t.profile_images.c.kind)
            .where(t.profile_images.c.organizer_id == organizer_id)
            .order_by(t.profile_images.c.kind)
        )
        return list(rows.all())

    async def put(
        self, organizer_id: uuid.UUID, kind: str, media_type: str, content: bytes, at: datetime
    ) -> None:
        row = {
            "organizer_id": organizer_id,
            "kind": kind,
            "media_type": media_type,
            "content": content,
            "updated_at": at,
        }
        statement = insert(t.profile_images).values(row)
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=["organizer_id", "kind"],
                set_={k: statement.excluded[k] for k in ("media_type", "content", "updated_at")},
            )
        )

    async def remove(self, organizer_id: uuid.UUID, kind: str) -> None:
        await self.session.execute(
            sa.delete(t.profile_images).where(
                t.profile_images.c.organizer_id == organizer_id, t.profile_images.c.kind == kind
            )
        )
