"""The selfie route's answers read as typed results, refusals as their codes, and the organizer's
indexing progress as one line in either language."""

import httpx
import pytest
from eventxperts_app.api.gateway_errors import UNEXPECTED_RESPONSE, GatewayError
from eventxperts_app.features.gallery.album_panel import indexing_text
from eventxperts_app.features.gallery.models import FaceIndexing
from eventxperts_app.features.gallery.parsing import parse_album, parse_selfie_answer
from eventxperts_app.features.gallery.selfie_upload import send_selfie
from eventxperts_app.i18n import Language, Translator

PHOTO = {"photoId": "p1", "albumId": "a1", "thumbnailUrl": "t", "webUrl": "w", "downloadUrl": "d"}


def answering(response: httpx.Response) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(lambda request: response))


async def test_matches_and_maybes_come_back_apart() -> None:
    body = {"matches": [PHOTO], "maybes": [{**PHOTO, "photoId": "p2"}], "hiddenFaces": 0}
    async with answering(httpx.Response(200, json=body)) as http:
        answer = await send_selfie(http, "http://edge/gallery/selfies/x", "me.jpg", b"jpeg")
    assert [p.photo_id for p in answer.matches] == ["p1"]
    assert [p.photo_id for p in answer.maybes] == ["p2"]
    assert answer.error is None


async def test_a_refused_selfie_answers_its_code() -> None:
    refusal = {"error": {"code": "NO_FACE", "message": "no face found in the selfie"}}
    async with answering(httpx.Response(422, json=refusal)) as http:
        answer = await send_selfie(http, "http://edge/gallery/selfies/x", "me.jpg", b"jpeg")
    assert answer.error is not None
    assert answer.error.code == "NO_FACE"
    assert answer.matches == ()


async def test_a_page_instead_of_an_answer_is_an_unexpected_response() -> None:
    async with answering(httpx.Response(200, text="<html>")) as http:
        answer = await send_selfie(http, "http://edge/gallery/selfies/x", "me.jpg", b"jpeg")
    assert answer.error is not None
    assert answer.error.code == UNEXPECTED_RESPONSE


def test_an_answer_without_its_lists_is_refused() -> None:
    with pytest.raises(GatewayError):
        parse_selfie_answer({"hiddenFaces": 1})


def test_the_organizer_reads_indexing_progress_in_english_and_telugu() -> None:
    progress = FaceIndexing(indexed=312, failed=2, pending=226, total=540, faces=1020)
    english = indexing_text(Translator(Language.EN), progress)
    telugu = indexing_text(Translator(Language.TE), progress)
    assert english == (
        "Faces: 312 of 540 photos indexed, 226 waiting, 1020 faces found · 2 photos could not be read"
    )
    assert "312" in telugu
    assert "540" in telugu
    assert "Faces" not in telugu
    assert indexing_text(Translator(Language.EN), None) == ""


def test_a_guests_album_carries_no_indexing_progress() -> None:
    album = {
        "id": "a1",
        "titleEn": "Wedding",
        "titleTe": "పెళ్లి",
        "eventDate": None,
        "venue": None,
        "visibility": "LINK",
        "shareCode": "c",
        "faceSearchEnabled": True,
        "keepGps": False,
        "position": 0,
        "photoCount": 0,
        "faceIndexing": None,
    }
    assert parse_album(album).face_indexing is None
    managed = {**album, "faceIndexing": {"indexed": 1, "failed": 0, "pending": 2, "total": 3, "faces": 4}}
    assert parse_album(managed).face_indexing == FaceIndexing(1, 0, 2, 3, 4)
