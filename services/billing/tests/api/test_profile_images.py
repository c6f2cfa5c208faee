"""The logo and signature: a signed upload link from the graph, the PUT route under /files/billing/,
PNG and JPEG only, within size and pixel limits, shrunk and stripped of metadata, typed refusals."""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from billing_service.bootstrap import BillingServices
from billing_service.domain.images import ImageKind
from billing_service.service_layer import profile_images
from PIL import Image
from servicekit.errors import Forbidden
from servicekit.testing.service import Callers

from ..integration.scenarios import organizer, organizer_id, registered_decorator

LINK = """
mutation($kind: BillingImageKind!) { billingImageUploadUrl(kind: $kind) { url expiresAt errors { code } } }
"""


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (width, height), (200, 30, 30, 128)).save(out, format="PNG")
    return out.getvalue()


def jpeg_with_place(width: int, height: int) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {2: (17.0, 23.0, 0.0)}  # GPS latitude: where the photo was taken
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 90, 160)).save(out, format="JPEG", exif=exif)
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` (a decompression bomb's first bytes)."""
    data = bytearray(png(1, 1))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


async def _upload_path(client: httpx.AsyncClient, headers: dict[str, str], kind: str) -> str:
    answer = (
        await client.post("/graphql", json={"query": LINK, "variables": {"kind": kind}}, headers=headers)
    ).json()
    link = answer["data"]["billingImageUploadUrl"]
    assert link["errors"] == []
    return str(urlsplit(link["url"]).path)


async def _profile(client: httpx.AsyncClient, headers: dict[str, str]) -> Any:
    query = "{ billingProfile { hasLogo hasSignature } }"
    return (await client.post("/graphql", json={"query": query}, headers=headers)).json()["data"][
        "billingProfile"
    ]


async def test_a_large_png_logo_is_kept_shrunk_and_the_profile_says_so(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    me = await registered_decorator(services.deps)
    headers = callers.as_(str(me.user_id), {"user", "organizer"})
    path = await _upload_path(client, headers, "LOGO")
    assert path.startswith("/files/billing/images/")

    answer = await client.put(path, content=png(3000, 1500), headers={"content-type": "image/png"})

    assert answer.status_code == 200
    assert answer.json() == {"kind": "logo", "mediaType": "image/png", "width": 1200, "height": 600}
    assert await _profile(client, headers) == {"hasLogo": True, "hasSignature": False}
    async with services.deps.unit_of_work() as uow:
        kept = await uow.images.of_organizer(organizer_id(me))
    assert Image.open(io.BytesIO(kept["logo"])).size == (1200, 600)


async def test_a_jpeg_signature_loses_its_exif_before_it_is_kept(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    me = await registered_decorator(services.deps)
    headers = callers.as_(str(me.user_id), {"user", "organizer"})
    photo = jpeg_with_place(600, 200)
    assert Image.open(io.BytesIO(photo)).getexif()  # the upload has it

    answer = await client.put(await _upload_path(client, headers, "SIGNATURE"), content=photo)

    assert answer.status_code == 200
    async with services.deps.unit_of_work() as uow:
        kept = (await uow.images.of_organizer(organizer_id(me)))["signature"]
    assert Image.open(io.BytesIO(kept)).format == "JPEG"
    assert not Image.open(io.BytesIO(kept)).getexif()


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"GIF89a" + bytes(100), 415, "IMAGE_NOT_SUPPORTED"),
        (b"%PDF-1.7 not an image", 415, "IMAGE_NOT_SUPPORTED"),
        (png(1, 1)[:40], 415, "IMAGE_NOT_SUPPORTED"),  # cut short: damaged
        (b"\x89PNG" + bytes(1_000_001), 413, "IMAGE_TOO_LARGE"),
        (png(4500, 10), 422, "IMAGE_TOO_MANY_PIXELS"),
        (png_declaring(30_000, 30_000), 422, "IMAGE_TOO_MANY_PIXELS"),
    ],
    ids=["gif", "pdf", "damaged png", "over 1 MB", "too wide", "decompression bomb"],
)
async def test_what_is_not_a_small_png_or_jpeg_is_refused_with_a_code_and_nothing_is_kept(
    services: BillingServices,
    client: httpx.AsyncClient,
    callers: Callers,
    body: bytes,
    status: int,
    code: str,
) -> None:
    me = await registered_decorator(services.deps)
    headers = callers.as_(str(me.user_id), {"user", "organizer"})

    answer = await client.put(await _upload_path(client, headers, "LOGO"), content=body)

    assert (answer.status_code, answer.json()["error"]["code"]) == (status, code)
    assert await _profile(client, headers) == {"hasLogo": False, "hasSignature": False}


async def test_a_forged_link_takes_nothing_and_another_organizer_gets_no_link(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    me = await registered_decorator(services.deps)
    path = await _upload_path(client, callers.as_(str(me.user_id), {"user", "organizer"}), "LOGO")

    forged = await client.put(path[:-3] + "abc", content=png(10, 10))

    assert (forged.status_code, forged.json()["error"]["code"]) == (404, "FILE_NOT_FOUND")
    with pytest.raises(Forbidden):
        profile_images.image_upload_link(services.deps, organizer(), organizer_id(me), ImageKind.LOGO)


async def test_a_removed_logo_is_no_longer_printed(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    me = await registered_decorator(services.deps)
    headers = callers.as_(str(me.user_id), {"user", "organizer"})
    await client.put(await _upload_path(client, headers, "LOGO"), content=png(100, 50))

    query = "mutation { removeBillingImage(kind: LOGO) { removed errors { code } } }"
    answer = (await client.post("/graphql", json={"query": query}, headers=headers)).json()

    assert answer["data"]["removeBillingImage"] == {"removed": True, "errors": []}
    assert await _profile(client, headers) == {"hasLogo": False, "hasSignature": False}
