"""Reading albums: the organizer's own, one by id (as visibility allows), one by its share code."""

from __future__ import annotations

import strawberry
from servicekit.graphql import described

from gallery_service.api.graphql.context import GalleryInfo, caller_of, deps_of
from gallery_service.api.graphql.errors import as_graphql_error
from gallery_service.api.graphql.types import AlbumType, StorageUsageType, parse_id
from gallery_service.service_layer.commands import ViewAlbum
from gallery_service.service_layer.quota import my_storage
from gallery_service.service_layer.viewing import (
    AlbumView,
    my_albums,
    public_albums,
    shared_album,
    view_album,
)


@strawberry.type
class GalleryQueries:
    @described.field("The signed-in organizer's albums in their order, at most 100 at a time.")
    async def my_albums(self, info: GalleryInfo, limit: int = 50, offset: int = 0) -> list[AlbumType]:
        views = await as_graphql_error(my_albums(caller_of(info), deps_of(info), limit=limit, offset=offset))
        return [AlbumType.of(view) for view in views]

    @described.field("What the signed-in organizer keeps and may keep (QUOTA_EXCEEDED past it).")
    async def my_storage(self, info: GalleryInfo) -> StorageUsageType:
        return StorageUsageType.of(await as_graphql_error(my_storage(caller_of(info), deps_of(info))))

    @described.field("An album its viewer may see: managers always, others when public.")
    async def album(self, info: GalleryInfo, id: strawberry.ID, share_code: str | None = None) -> AlbumType:
        async def view() -> AlbumView:
            command = ViewAlbum(caller_of(info), parse_id(id, "id"), share_code)
            return await view_album(command, deps_of(info))

        return AlbumType.of(await as_graphql_error(view()))

    @described.field("An organizer's public albums (their public profile), at most 100 at a time.")
    async def public_albums(
        self, info: GalleryInfo, organizer_id: strawberry.ID, limit: int = 50, offset: int = 0
    ) -> list[AlbumType]:
        async def views() -> list[AlbumView]:
            owner = parse_id(organizer_id, "organizerId")
            return await public_albums(caller_of(info), owner, deps_of(info), limit=limit, offset=offset)

        return [AlbumType.of(view) for view in await as_graphql_error(views())]

    @described.field("The album a shared link opens (LINK_REVOKED, LINK_EXPIRED otherwise).")
    async def shared_album(self, info: GalleryInfo, code: str) -> AlbumType:
        return AlbumType.of(await as_graphql_error(shared_album(caller_of(info), code, deps_of(info))))
