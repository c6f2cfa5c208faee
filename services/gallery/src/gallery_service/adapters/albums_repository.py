"""Albums and their photos in PostgreSQL (Core statements; rows mapped to the domain's dataclasses)."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from gallery_service.adapters.tables import albums, photos
from gallery_service.domain.album import Album, Visibility
from gallery_service.domain.photo import Photo


def _album(row: Any) -> Album:
    values = dict(row._mapping)
    values["visibility"] = Visibility(values["visibility"])
    return Album(**values)


def _photo(row: Any) -> Photo:
    return Photo(**dict(row._mapping))


class AlbumsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, album: Album) -> None:
        values = asdict(album)
        values["visibility"] = album.visibility.value
        await self.session.execute(sa.insert(albums).values(**values))

    async def save(self, album: Album) -> None:
        values = asdict(album)
        values["visibility"] = album.visibility.value
        await self.session.execute(sa.update(albums).where(albums.c.id == album.id).values(**values))

    async def get(self, album_id: uuid.UUID, *, for_update: bool = False) -> Album | None:
        statement = sa.select(albums).where(albums.c.id == album_id)
        if for_update:
            statement = statement.with_for_update()
        row = (await self.session.execute(statement)).first()
        return _album(row) if row else None

    async def by_share_code(self, code: str) -> Album | None:
        row = (await self.session.execute(sa.select(albums).where(albums.c.share_code == code))).first()
        return _album(row) if row else None

    async def by_booking(self, booking_id: uuid.UUID) -> Album | None:
        row = (await self.session.execute(sa.select(albums).where(albums.c.booking_id == booking_id))).first()
        return _album(row) if row else None

    async def of_organizer(
        self, organizer_id: uuid.UUID, *, limit: int, offset: int, only: Visibility | None = None
    ) -> list[Album]:
        statement = (
            sa.select(albums)
            .where(albums.c.organizer_id == organizer_id)
            .where(sa.true() if only is None else albums.c.visibility == only.value)
            .order_by(albums.c.position, albums.c.event_date.desc().nulls_last(), albums.c.created_at.desc())
            .limit(limit)
            .offset(offset)
        )
        return [_album(row) for row in (await self.session.execute(statement)).all()]

    async def ids_of_organizer(self, organizer_id: uuid.UUID) -> list[uuid.UUID]:
        statement = sa.select(albums.c.id).where(albums.c.organizer_id == organizer_id)
        return list((await self.session.scalars(statement)).all())

    async def delete(self, album_id: uuid.UUID) -> None:
        await self.session.execute(sa.delete(albums).where(albums.c.id == album_id))


class PhotosRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, photo: Photo) -> bool:
        """Insert unless the album has these bytes already; True when this call stored it."""
        statement = (
            sa.dialects.postgresql.insert(photos)
            .values(**asdict(photo))
            .on_conflict_do_nothing(constraint="photo_once_per_album")
            .returning(photos.c.id)
        )
        return (await self.session.scalar(statement)) is not None

    async def usage(self, organizer_id: uuid.UUID) -> tuple[int, int]:
        """How many photos the organizer keeps, and the bytes of their originals."""
        statement = sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(photos.c.bytes), 0)).where(
            photos.c.organizer_id == organizer_id
        )
        count, size = (await self.session.execute(statement)).one()
        return int(count), int(size)

    async def get(self, photo_id: uuid.UUID) -> Photo | None:
        row = (await self.session.execute(sa.select(photos).where(photos.c.id == photo_id))).first()
        return _photo(row) if row else None

    async def by_hash(self, album_id: uuid.UUID, digest: str) -> Photo | None:
        statement = sa.select(photos).where(photos.c.album_id == album_id, photos.c.content_sha256 == digest)
        row = (await self.session.execute(statement)).first()
        return _photo(row) if row else None

    async def stored_hashes(self, album_id: uuid.UUID, digests: list[str]) -> set[str]:
        statement = sa.select(photos.c.content_sha256).where(
            photos.c.album_id == album_id, photos.c.content_sha256.in_(digests)
        )
        return set((await self.session.scalars(statement)).all())

    async def of_album(
        self, album_id: uuid.UUID, *, limit: int | None = None, offset: int = 0
    ) -> list[Photo]:
        statement = (
            sa.select(photos)
            .where(photos.c.album_id == album_id)
            .order_by(photos.c.taken_at.nulls_last(), photos.c.created_at, photos.c.id)
            .offset(offset)
        )
        if limit is not None:
            statement = statement.limit(limit)
        return [_photo(row) for row in (await self.session.execute(statement)).all()]

    async def in_album(self, album_id: uuid.UUID, photo_ids: list[uuid.UUID]) -> list[Photo]:
        statement = sa.select(photos).where(photos.c.album_id == album_id, photos.c.id.in_(photo_ids))
        return [_photo(row) for row in (await self.session.execute(statement)).all()]

    async def count(self, album_id: uuid.UUID) -> int:
        statement = sa.select(sa.func.count()).select_from(photos).where(photos.c.album_id == album_id)
        return int(await self.session.scalar(statement) or 0)

    async def delete(self, photo_id: uuid.UUID) -> None:
        await self.session.execute(sa.delete(photos).where(photos.c.id == photo_id))
