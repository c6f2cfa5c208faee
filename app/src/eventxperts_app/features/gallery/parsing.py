"""Maps the gallery service's answers to typed results (pure); off-contract answers are
UNEXPECTED_RESPONSE."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import (
    as_list,
    as_object,
    enum_member,
    optional_str,
    required_bool,
    required_int,
    required_str,
    required_whole,
)
from eventxperts_app.api.parsing import parse_errors, payload_of
from eventxperts_app.features.gallery.models import (
    Album,
    AlbumResult,
    DeletedResult,
    DownloadResult,
    FaceIndexing,
    FoundPhoto,
    Photo,
    SelfieAnswer,
    SelfieLinkResult,
    StorageUsage,
    UploadLinks,
    UploadLinksResult,
    Visibility,
)


def parse_photo(raw: object) -> Photo:
    obj = as_object(raw, "photo")
    return Photo(
        id=required_str(obj, "id"),
        file_name=required_str(obj, "fileName"),
        thumbnail_url=required_str(obj, "thumbnailUrl"),
        web_url=required_str(obj, "webUrl"),
        download_url=required_str(obj, "downloadUrl"),
    )


def parse_album(raw: object) -> Album:
    obj = as_object(raw, "album")
    photos = obj.get("photos")
    return Album(
        id=required_str(obj, "id"),
        title_en=required_str(obj, "titleEn"),
        title_te=required_str(obj, "titleTe"),
        event_date=optional_str(obj, "eventDate"),
        venue=optional_str(obj, "venue"),
        visibility=enum_member(Visibility, obj.get("visibility"), "visibility"),
        share_code=optional_str(obj, "shareCode"),
        face_search_enabled=required_bool(obj, "faceSearchEnabled"),
        keep_gps=required_bool(obj, "keepGps"),
        position=required_int(obj, "position"),
        photo_count=required_int(obj, "photoCount"),
        photos=() if photos is None else tuple(parse_photo(p) for p in as_list(photos, "photos")),
        face_indexing=None if obj.get("faceIndexing") is None else parse_face_indexing(obj["faceIndexing"]),
    )


def parse_storage(raw: object) -> StorageUsage:
    obj = as_object(raw, "myStorage")
    return StorageUsage(
        photos=required_int(obj, "photos"),
        photo_limit=required_int(obj, "photoLimit"),
        bytes=required_whole(obj, "bytes"),
        byte_limit=required_whole(obj, "byteLimit"),
    )


def parse_face_indexing(raw: object) -> FaceIndexing:
    obj = as_object(raw, "faceIndexing")
    return FaceIndexing(
        indexed=required_int(obj, "indexed"),
        failed=required_int(obj, "failed"),
        pending=required_int(obj, "pending"),
        total=required_int(obj, "total"),
        faces=required_int(obj, "faces"),
    )


def parse_albums(data: Mapping[str, object]) -> tuple[Album, ...]:
    return tuple(parse_album(item) for item in as_list(data.get("myAlbums"), "myAlbums"))


def parse_album_payload(data: Mapping[str, object], field: str) -> AlbumResult:
    payload = payload_of(data, field)
    album = payload.get("album")
    return AlbumResult(None if album is None else parse_album(album), parse_errors(payload.get("errors")))


def parse_deleted_payload(data: Mapping[str, object], field: str) -> DeletedResult:
    payload = payload_of(data, field)
    return DeletedResult(optional_str(payload, "deletedId"), parse_errors(payload.get("errors")))


def parse_upload_links(data: Mapping[str, object]) -> UploadLinksResult:
    payload = payload_of(data, "requestPhotoUploads")
    errors = parse_errors(payload.get("errors"))
    raw = payload.get("links")
    if raw is None:
        return UploadLinksResult(None, errors)
    links = as_object(raw, "links")
    stored = frozenset(
        required_str({"h": h}, "h") for h in as_list(links.get("alreadyStored"), "alreadyStored")
    )
    return UploadLinksResult(UploadLinks(required_str(links, "uploadUrl"), stored), errors)


def parse_download(data: Mapping[str, object]) -> DownloadResult:
    payload = payload_of(data, "requestAlbumDownload")
    return DownloadResult(optional_str(payload, "url"), parse_errors(payload.get("errors")))


def parse_selfie_link(data: Mapping[str, object]) -> SelfieLinkResult:
    payload = payload_of(data, "requestSelfieSearch")
    link = payload.get("link")
    url = None if link is None else required_str(as_object(link, "link"), "uploadUrl")
    return SelfieLinkResult(url, parse_errors(payload.get("errors")))


def parse_found_photo(raw: object) -> FoundPhoto:
    obj = as_object(raw, "photo")
    return FoundPhoto(
        photo_id=required_str(obj, "photoId"),
        thumbnail_url=required_str(obj, "thumbnailUrl"),
        download_url=required_str(obj, "downloadUrl"),
    )


def parse_selfie_answer(raw: object) -> SelfieAnswer:
    """The selfie route's JSON answer (`/gallery/selfies/{token}`)."""
    obj = as_object(raw, "answer")
    return SelfieAnswer(
        matches=tuple(parse_found_photo(p) for p in as_list(obj.get("matches"), "matches")),
        maybes=tuple(parse_found_photo(p) for p in as_list(obj.get("maybes"), "maybes")),
        hidden_faces=required_int(obj, "hiddenFaces"),
    )
