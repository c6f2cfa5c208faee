"""Someone buys from the platform's own store in the browser (issue 13): a super admin (made with the
operator's CLI) opens the platform store and lists a shamiana with two variants through the gateway;
a user finds it by a misspelled query in the Shop, opens it, puts the variant in stock in the cart,
checks out with cash on delivery and sees the order placed, then in Telugu. Then, on a phone's
screen (390 x 844), the same user finds a used shamiana the admin listed (approved through the
gateway), writes to its seller and sees the seller's phone only once the seller has replied; the used
listing and thread screens are checked for clipped or out-of-screen controls. Screenshots:
`artifacts/app-shop-*.png`."""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import ViewportSize, expect

from ..conftest import RunningPlatform
from .app_steps import PASSWORD, create_super_admin, register_user_through_gateway, sign_in
from .flutter_ui import FlutterUi
from .layout_checks import collect_nodes, layout_problems
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]

STORE_FIELDS = "store { id isPlatform } errors { code field }"
PLATFORM_STORE = {
    "nameEn": "EventXperts Store",
    "nameTe": "ఈవెంట్ఎక్స్‌పర్ట్స్ స్టోర్",
    "pickupLine": "Plot 7, Industrial Area, Kukatpally",
    "pickupCity": "Hyderabad",
    "pickupPinCode": "500072",
    "deliveryDistricts": ["Hyderabad"],
    "deliveryFlatPaise": 5_000,
}


def call(platform: RunningPlatform, token: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    answer = httpx.post(
        platform.gateway_url,
        json={"query": query, "variables": variables},
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    ).json()
    assert not answer.get("errors"), answer
    data: dict[str, Any] = answer["data"]
    return data


def signed_in_admin(platform: RunningPlatform) -> str:
    email = f"shop-admin-{secrets.token_hex(3)}@example.in"
    create_super_admin(platform, email)
    login = "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } } }"
    answer = httpx.post(
        platform.gateway_url,
        json={"query": login, "variables": {"i": {"email": email, "password": PASSWORD}}},
        timeout=30,
    )
    token: str = answer.json()["data"]["login"]["tokens"]["accessToken"]
    return token


def platform_store(platform: RunningPlatform, token: str) -> str:
    """The platform's own store: opened here, or the one another test opened (there is one)."""
    opening = (
        "mutation($i: ShopStoreInput!) {"
        f' openPlatformShopStore(input: $i, stateCode: "36") {{ {STORE_FIELDS} }} }}'
    )
    opened = call(platform, token, opening, {"i": PLATFORM_STORE})["openPlatformShopStore"]
    if opened["store"] is not None:
        return str(opened["store"]["id"])
    approved = "{ shopStoresToModerate(status: APPROVED, first: 100) { id isPlatform } }"
    stores = call(platform, token, approved, {})["shopStoresToModerate"]
    return next(str(s["id"]) for s in stores if s["isPlatform"])


def listed_shamiana(platform: RunningPlatform, token: str, store_id: str, tag: str) -> str:
    product = {
        "storeId": store_id,
        "categoryId": "tents",
        "titleEn": f"Shamiana tent {tag}",
        "titleTe": f"షామియానా టెంట్ {tag}",
        "descriptionEn": "Red and white shamiana for weddings, 20 x 40 ft",
        "hsn": "6306",
        "gstRate": "12",
        "variants": [
            {"sku": f"SHAM-R-{tag}", "label": "Red", "pricePaise": 1_500_000, "stock": 3},
            {"sku": f"SHAM-W-{tag}", "label": "White", "pricePaise": 1_400_000, "stock": 0},
        ],
    }
    save = (
        "mutation($i: ShopProductInput!) {"
        " saveShopProduct(input: $i) { product { id } errors { code field } } }"
    )
    saved = call(platform, token, save, {"i": product})["saveShopProduct"]
    assert saved["errors"] == [], saved
    return str(saved["product"]["id"])


PHONE: ViewportSize = {"width": 390, "height": 844}
ERRORS = "errors { code field }"


def approved_used_shamiana(platform: RunningPlatform, admin: str, tag: str) -> str:
    """A used shamiana for sale by the admin (any signed-in person may sell), approved at once."""
    listing = {
        "categoryId": "tents",
        "title": f"Used shamiana {tag}",
        "description": "Red and white, used at two weddings",
        "condition": "GOOD",
        "pricePaise": 800_000,
        "districtId": "Hyderabad",
        "contactPhone": "9848022338",
    }
    create = (
        "mutation($i: ShopUsedListingInput!) {"
        f" createUsedListing(input: $i) {{ listing {{ id }} {ERRORS} }} }}"
    )
    made = call(platform, admin, create, {"i": listing})["createUsedListing"]
    assert made["errors"] == [], made
    listing_id = str(made["listing"]["id"])
    approve = f"mutation($l: ID!) {{ moderateUsedListing(listingId: $l, approve: true) {{ {ERRORS} }} }}"
    assert call(platform, admin, approve, {"l": listing_id})["moderateUsedListing"]["errors"] == []
    return listing_id


def seller_replies(platform: RunningPlatform, admin: str, listing_id: str) -> None:
    threads = call(platform, admin, "{ myListingThreads { id listingId } }", {})["myListingThreads"]
    thread_id = next(t["id"] for t in threads if t["listingId"] == listing_id)
    reply = (
        "mutation($t: ID!) {"
        f' replyInListingThread(threadId: $t, body: "Yes, come on Sunday") {{ {ERRORS} }} }}'
    )
    assert call(platform, admin, reply, {"t": thread_id})["replyInListingThread"]["errors"] == []


def expect_phone_layout(ui: FlutterUi, screen: str) -> None:
    problems = layout_problems(collect_nodes(ui.page), PHONE["width"], PHONE["height"])
    assert problems == [], f"{screen}: {problems}"


def test_a_user_finds_a_product_buys_it_cash_on_delivery_and_sees_the_order(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    tag = secrets.token_hex(2).upper()
    admin = signed_in_admin(platform_stack)
    listed_shamiana(platform_stack, admin, platform_store(platform_stack, admin), tag)
    email = f"shop-buyer-{tag.lower()}@example.in"
    register_user_through_gateway(platform_stack, "Padma Rao", email)

    ui.open(platform_stack.app_url)
    sign_in(ui, email)
    # Registered through the API, the buyer's preferred language is Telugu. The sign-in screen has the
    # same switch: wait for home (in Telugu) first, or the switch is pressed there and home is Telugu.
    ui.expect_text(te("Welcome, {name}").format(name="Padma Rao"))
    ui.click("English")
    ui.click("Shop")
    ui.type_into("Search products", "shamiyana")  # misspelled, as people type it
    ui.click("Search")
    found = ui.page.get_by_role("button", name=re.compile(f"Shamiana tent {tag}"))
    expect(found).to_have_count(1)
    found.click()
    ui.expect_text("Sold by the EventXperts store")
    ui.expect_radio("Red · ₹15,000 · 3 in stock")
    ui.screenshot(artifacts_dir / "app-shop-product.png")
    ui.click("Add to cart")
    ui.click("Go to your cart")
    ui.expect_text(f"Shamiana tent {tag} · Red · 1 × ₹15,000 = ₹15,000")
    ui.type_into("Name for delivery", "Padma Rao")
    ui.type_into("Mobile number", "9848022338")
    ui.type_into("House, street and area", "8-2-293, Road 12, Banjara Hills")
    ui.type_into("Town or city", "Hyderabad")
    ui.type_into("PIN code", "500034")
    ui.choose("Cash on delivery")
    ui.click("Place order")
    ui.expect_text("Status: Placed")
    ui.screenshot(artifacts_dir / "app-shop-order-placed.png")

    ui.click("తెలుగు")
    ui.expect_text(te("Status: {status}").format(status=te("Placed")))
    ui.screenshot(artifacts_dir / "app-shop-order-placed-telugu.png")

    # A used item, on a phone: found, written about; the seller's phone appears once they reply.
    listing_id = approved_used_shamiana(platform_stack, admin, tag)
    ui.click("English")
    ui.click("Shop")
    ui.click("Used items")
    ui.page.set_viewport_size(PHONE)  # on a phone the bar folds into a menu: set once there
    ui.type_into("Search used items", "shamiana")
    ui.click("Search")
    used = ui.page.get_by_role("button", name=re.compile(f"Used shamiana {tag}"))
    expect(used).to_have_count(1)
    used.click()
    ui.expect_text("₹8,000 · Good · Hyderabad")
    expect_phone_layout(ui, "used listing")
    ui.screenshot(artifacts_dir / "app-shop-used-listing-phone.png")
    ui.type_into("Your message to the seller", "Is it still available?")
    ui.click("Write to the seller")
    ui.expect_text("The seller's phone number is shown once they reply.")
    seller_replies(platform_stack, admin, listing_id)
    ui.click("Back to used items")
    ui.click("Messages")
    ui.page.get_by_role("button", name=re.compile(f"Buying: Used shamiana {tag}")).click()
    ui.expect_text("Seller's phone: +919848022338")
    expect(ui.page.get_by_text(re.compile("^They · .*: Yes, come on Sunday$")).first).to_be_visible()
    expect_phone_layout(ui, "message thread")
    ui.screenshot(artifacts_dir / "app-shop-used-thread-phone.png")
