"""A stored object served by a signed link: streamed with headers that let the cross-origin isolated
app show it from either origin, and a Telugu file name kept; a missing object is None, not an error."""

from __future__ import annotations

from pathlib import Path

from servicekit.storage.filesystem import FilesystemStorage
from servicekit.storage.serving import content_disposition, stored_file_response


async def test_a_stored_image_is_served_to_an_isolated_page_of_any_origin(tmp_path: Path) -> None:
    storage = FilesystemStorage(tmp_path)
    await storage.put("albums/a/photo.jpg", b"\xff\xd8jpeg", content_type="image/jpeg")
    response = await stored_file_response(storage, "albums/a/photo.jpg", "పెళ్లి.jpg")
    assert response is not None
    assert response.media_type == "image/jpeg"
    assert response.headers["cross-origin-resource-policy"] == "cross-origin"
    assert response.headers["access-control-allow-origin"] == "*"
    assert response.headers["content-length"] == "6"
    assert response.headers["content-disposition"].startswith('inline; filename="')
    assert "filename*=UTF-8''%E0%B0%AA" in response.headers["content-disposition"]
    body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[misc]
    assert body == b"\xff\xd8jpeg"


async def test_a_missing_object_is_none_for_the_caller_to_refuse(tmp_path: Path) -> None:
    assert await stored_file_response(FilesystemStorage(tmp_path), "albums/a/gone.jpg") is None


def test_an_attachment_name_falls_back_to_ascii_without_quotes() -> None:
    assert content_disposition('my "photos".zip') == (
        "attachment; filename=\"my _photos_.zip\"; filename*=UTF-8''my%20%22photos%22.zip"
    )
