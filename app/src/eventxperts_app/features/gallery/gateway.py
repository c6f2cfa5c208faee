"""The gallery section's calls through the gateway, each answered as a typed result."""

from __future__ import annotations

from dataclasses import replace

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.json_fields import JsonObject, as_list
from eventxperts_app.features.gallery import operations
from eventxperts_app.features.gallery.models import (
    Album,
    AlbumResult,
    DeletedResult,
    DownloadResult,
    SelfieLinkResult,
    SelfiePurpose,
    UploadLinksResult,
    Visibility,
)
from eventxperts_app.features.gallery.parsing import (
    parse_album,
    parse_album_payload,
    parse_albums,
    parse_deleted_payload,
    parse_download,
    parse_selfie_link,
    parse_storage,
    parse_upload_links,
)

# The gallery caps a page at 100.
PAGE = 100


async def my_albums(client: GatewayClient, access_token: str) -> tuple[Album, ...]:
    return parse_albums(
        await client.execute(operations.MY_ALBUMS, {"limit": PAGE, "offset": 0}, access_token)
    )


async def album_with_photos(client: GatewayClient, album_id: str, access_token: str) -> Album:
    """The album with its photos, and the organizer's storage against their quota."""
    variables: JsonObject = {"id": album_id, "limit": PAGE, "offset": 0}
    data = await client.execute(operations.ALBUM_PHOTOS, variables, access_token)
    return replace(parse_album(data.get("album")), storage=parse_storage(data.get("myStorage")))


async def shared_album(client: GatewayClient, code: str) -> Album:
    """The album a guest's link opens, without signing in (LINK_REVOKED, LINK_EXPIRED otherwise)."""
    data = await client.execute(operations.SHARED_ALBUM, {"code": code, "limit": PAGE})
    return parse_album(data.get("sharedAlbum"))


async def public_albums(
    client: GatewayClient, organizer_id: str, *, albums: int = 3, photos: int = 8
) -> tuple[Album, ...]:
    """An organizer's public albums, each with its first `photos`; anyone may see them."""
    variables: JsonObject = {"organizerId": organizer_id, "limit": albums, "photos": photos}
    data = await client.execute(operations.PUBLIC_ALBUMS, variables)
    return tuple(parse_album(item) for item in as_list(data.get("publicAlbums"), "publicAlbums"))


async def save_album(
    client: GatewayClient, album_id: str | None, album_input: JsonObject, access_token: str
) -> AlbumResult:
    if album_id is None:
        data = await client.execute(operations.CREATE_ALBUM, {"input": album_input}, access_token)
        return parse_album_payload(data, "createAlbum")
    data = await client.execute(operations.UPDATE_ALBUM, {"id": album_id, "input": album_input}, access_token)
    return parse_album_payload(data, "updateAlbum")


async def set_visibility(
    client: GatewayClient, album_id: str, visibility: Visibility, access_token: str
) -> AlbumResult:
    if visibility is Visibility.PRIVATE:
        data = await client.execute(operations.REVOKE_LINK, {"id": album_id}, access_token)
        return parse_album_payload(data, "revokeAlbumLink")
    variables: JsonObject = {"id": album_id, "visibility": visibility.value}
    data = await client.execute(operations.SET_VISIBILITY, variables, access_token)
    return parse_album_payload(data, "setAlbumVisibility")


async def set_face_search(
    client: GatewayClient, album_id: str, enabled: bool, access_token: str
) -> AlbumResult:
    variables: JsonObject = {"id": album_id, "enabled": enabled}
    data = await client.execute(operations.SET_FACE_SEARCH, variables, access_token)
    return parse_album_payload(data, "setAlbumFaceSearch")


async def delete_album(client: GatewayClient, album_id: str, access_token: str) -> DeletedResult:
    data = await client.execute(operations.DELETE_ALBUM, {"id": album_id}, access_token)
    return parse_deleted_payload(data, "deleteAlbum")


async def delete_photo(client: GatewayClient, photo_id: str, access_token: str) -> DeletedResult:
    data = await client.execute(operations.DELETE_PHOTO, {"id": photo_id}, access_token)
    return parse_deleted_payload(data, "deletePhoto")


async def upload_links(
    client: GatewayClient, album_id: str, content_hashes: list[str], access_token: str
) -> UploadLinksResult:
    variables: JsonObject = {"albumId": album_id, "contentHashes": list(content_hashes)}
    return parse_upload_links(await client.execute(operations.REQUEST_UPLOADS, variables, access_token))


async def album_zip(
    client: GatewayClient,
    album_id: str,
    share_code: str | None,
    access_token: str | None,
    photo_ids: list[str] | None = None,
) -> DownloadResult:
    """A zip of the whole album, or of `photo_ids` (a guest's matches, at most 100)."""
    ids = None if photo_ids is None else list(photo_ids)
    variables: JsonObject = {"albumId": album_id, "shareCode": share_code, "photoIds": ids}
    return parse_download(await client.execute(operations.REQUEST_DOWNLOAD, variables, access_token))


async def selfie_link(
    client: GatewayClient, album_id: str, share_code: str | None, purpose: SelfiePurpose
) -> SelfieLinkResult:
    """Where to send one selfie; asked only after the guest agreed on the consent screen."""
    variables: JsonObject = {"albumId": album_id, "shareCode": share_code, "purpose": purpose.value}
    return parse_selfie_link(await client.execute(operations.REQUEST_SELFIE_SEARCH, variables))
