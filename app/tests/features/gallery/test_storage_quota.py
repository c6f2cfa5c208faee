"""The organizer's storage against their quota reads as one line in either language, comes from the
answer's Float bytes, and a batch stops sending once the storage is full."""

import httpx
import pytest
from eventxperts_app.api.gateway_errors import GatewayError
from eventxperts_app.features.gallery.album_panel import storage_text
from eventxperts_app.features.gallery.models import StorageUsage, UploadLinks, UploadLinksResult
from eventxperts_app.features.gallery.parsing import parse_storage
from eventxperts_app.features.gallery.uploads import PickedPhoto, upload_batch
from eventxperts_app.i18n import Language, Translator

USAGE = StorageUsage(photos=1234, photo_limit=5000, bytes=2_100_000_000, byte_limit=20_000_000_000)


def test_the_organizer_reads_their_storage_in_english_and_telugu() -> None:
    english = storage_text(Translator(Language.EN), USAGE)
    telugu = storage_text(Translator(Language.TE), USAGE)

    assert english == "1,234 of 5,000 photos · 2.1 of 20 GB"
    assert "1,234" in telugu
    assert "5,000" in telugu
    assert "photos" not in telugu


def test_bytes_come_as_whole_floats_and_anything_else_is_refused() -> None:
    answer = {"photos": 1234, "photoLimit": 5000, "bytes": 2.1e9, "byteLimit": 2e10}
    assert parse_storage(answer) == USAGE
    with pytest.raises(GatewayError):
        parse_storage({**answer, "bytes": 1.5})


async def test_a_batch_stops_sending_once_the_storage_is_full() -> None:
    sent: list[str] = []
    full = {"error": {"code": "QUOTA_EXCEEDED", "message": "Storage is full: 2 of 2 photos"}}

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.params["name"])
        return httpx.Response(201, json={}) if len(sent) == 1 else httpx.Response(403, json=full)

    async def links(hashes: list[str]) -> UploadLinksResult:
        return UploadLinksResult(UploadLinks("http://edge/gallery/uploads/t", frozenset()))

    photos = [PickedPhoto(f"{n}.jpg", bytes([n])) for n in range(4)]
    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
        report = await upload_batch(http, photos, links, lambda done, total: None)

    assert sent == ["0.jpg", "1.jpg"]
    assert report.sent == 1
    assert [(f.file_name, f.error.code) for f in report.failures] == [
        ("1.jpg", "QUOTA_EXCEEDED"),
        ("2.jpg", "QUOTA_EXCEEDED"),
        ("3.jpg", "QUOTA_EXCEEDED"),
    ]
