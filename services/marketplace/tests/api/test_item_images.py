"""Product images and listing photos: a signed link uploads one photo once; what is kept is a display
JPEG and a thumbnail without EXIF, served from signed links; anything else gets a typed refusal."""

from __future__ import annotations

import io
import uuid
from urllib.parse import urlsplit

import httpx
import pytest
from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.domain.errors import MarketErrorCode
from marketplace_service.domain.listings import MAX_PHOTOS
from marketplace_service.service_layer import images
from PIL import Image
from servicekit.auth import Caller, Role
from servicekit.errors import DomainError
from servicekit.testing.service import Callers

from ..integration.scenarios import active_listing, approved_store, buyer, listed

REQUEST = """mutation($p: ID!) { requestShopProductImageUpload(productId: $p, contentType: "image/png") {
  upload { imageId uploadUrl } errors { code } } }"""
PRODUCT = """query($p: ID!) { shopProduct(id: $p) { images { id url thumbnailUrl } } }"""


def photo(width: int = 2400, height: int = 1200, kind: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, kind)
    return out.getvalue()


def path_of(url: str) -> str:
    return urlsplit(url).path


async def owner_with_product(
    services: MarketplaceServices, callers: Callers
) -> tuple[dict[str, str], uuid.UUID]:
    subject = str(uuid.uuid4())
    owner = Caller(subject, frozenset({Role.USER, Role.STORE_OWNER}))
    _, store_id = await approved_store(services.deps, owner)
    product_id = await listed(services.deps, owner, store_id)
    return callers.as_(subject, {"user", "store_owner"}), product_id


async def upload_link(client: httpx.AsyncClient, headers: dict[str, str], product_id: uuid.UUID) -> str:
    answer = await client.post(
        "/graphql", json={"query": REQUEST, "variables": {"p": str(product_id)}}, headers=headers
    )
    upload = answer.json()["data"]["requestShopProductImageUpload"]["upload"]
    return path_of(upload["uploadUrl"])


async def test_a_product_photo_uploads_once_and_is_shown_as_a_display_size_and_a_thumbnail(
    services: MarketplaceServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    headers, product_id = await owner_with_product(services, callers)
    link = await upload_link(client, headers, product_id)
    stored = await client.put(link, content=photo(), headers={"content-type": "image/png"})
    again = await client.put(link, content=photo(), headers={"content-type": "image/png"})
    shown = await client.post("/graphql", json={"query": PRODUCT, "variables": {"p": str(product_id)}})
    [image] = shown.json()["data"]["shopProduct"]["images"]
    display = await client.get(path_of(image["url"]))
    thumbnail = await client.get(path_of(image["thumbnailUrl"]))
    assert (stored.status_code, again.status_code) == (201, 404)
    assert display.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(display.content)).size == (1600, 800)
    small = Image.open(io.BytesIO(thumbnail.content))
    assert (small.format, small.size, dict(small.getexif())) == ("JPEG", (400, 200), {})


async def test_what_is_not_a_photo_is_refused_with_a_code_and_a_forged_link_opens_nothing(
    services: MarketplaceServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    headers, product_id = await owner_with_product(services, callers)
    link = await upload_link(client, headers, product_id)
    text = await client.put(link, content=b"not a photo at all", headers={"content-type": "image/png"})
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    other = await client.put(link, content=gif.getvalue())
    lied = await client.put(link, content=photo(kind="JPEG"), headers={"content-type": "image/png"})
    forged = await client.put(link[:-3] + "abc", content=photo())
    unsigned = await client.get("/marketplace/files/eyJrIjoieCJ9.bad")
    assert (text.status_code, text.json()["error"]["code"]) == (422, MarketErrorCode.INVALID_IMAGE)
    assert (other.status_code, other.json()["error"]["code"]) == (415, MarketErrorCode.UNSUPPORTED_IMAGE_TYPE)
    assert (lied.status_code, lied.json()["error"]["code"]) == (422, MarketErrorCode.INVALID_IMAGE)
    assert (forged.status_code, unsigned.status_code) == (403, 403)
    shown = await client.post("/graphql", json={"query": PRODUCT, "variables": {"p": str(product_id)}})
    assert shown.json()["data"]["shopProduct"]["images"] == []


async def test_someone_elses_product_gets_no_upload_link(
    services: MarketplaceServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    _, product_id = await owner_with_product(services, callers)
    answer = await client.post(
        "/graphql",
        json={"query": REQUEST, "variables": {"p": str(product_id)}},
        headers=callers.headers("store_owner"),
    )
    assert answer.json()["data"]["requestShopProductImageUpload"]["errors"] == [{"code": "FORBIDDEN"}]


async def test_a_listing_takes_at_most_eight_photos_and_only_from_its_seller(
    services: MarketplaceServices,
) -> None:
    deps, seller = services.deps, buyer()
    listing_id = await active_listing(deps, seller)
    with pytest.raises(DomainError) as stranger:
        await images.request_upload(deps, buyer(), "listing", listing_id, "image/jpeg")
    for _ in range(MAX_PHOTOS):
        await images.request_upload(deps, seller, "listing", listing_id, "image/jpeg")
    with pytest.raises(DomainError) as ninth:
        await images.request_upload(deps, seller, "listing", listing_id, "image/jpeg")
    assert (stranger.value.code, ninth.value.code) == (
        MarketErrorCode.NOT_FOUND,
        MarketErrorCode.TOO_MANY_IMAGES,
    )
