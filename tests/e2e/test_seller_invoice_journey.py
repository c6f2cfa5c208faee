"""A store owner's goods leave the store and billing issues their tax invoice (issue 11, CGST s.31(1)),
through the gateway and the bus: a Hyderabad store (approved by a super admin) lists a shamiana, a
buyer orders it cash on delivery, the store accepts, packs and ships it, and the store owner finds the
tax invoice in their billing documents (numbered in their INV series, the order's taxable value and
GST) and fetches its PDF."""

from __future__ import annotations

import secrets
from typing import Any

import httpx
import pytest

from .browser.app_steps import PASSWORD, create_super_admin, random_mobile, register_user_through_gateway
from .browser.billing_setup import Organizer, with_business_facts
from .conftest import RunningPlatform

pytestmark = pytest.mark.slow

ERRORS = "errors { code field }"
LOGIN = "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } } }"


def _signed_in(platform: RunningPlatform, email: str) -> Organizer:
    answer = httpx.post(
        platform.gateway_url,
        json={"query": LOGIN, "variables": {"i": {"email": email, "password": PASSWORD}}},
        timeout=30,
    )
    return Organizer(platform, email, answer.json()["data"]["login"]["tokens"]["accessToken"])


def _store_owner(platform: RunningPlatform, tag: str) -> Organizer:
    email = f"seller-{tag}@example.in"
    given = {"name": f"Venkat {tag}", "email": email, "phone": random_mobile()}
    register = "mutation($i: RegisterInput!) { register(input: $i) { " + ERRORS + " } }"
    variables = {"i": {**given, "password": PASSWORD, "role": "STORE_OWNER"}}
    answer = httpx.post(platform.gateway_url, json={"query": register, "variables": variables}, timeout=30)
    assert answer.json()["data"]["register"]["errors"] == [], answer.text
    return _signed_in(platform, email)


def _approved_store(owner: Organizer, admin: Organizer) -> str:
    terms = {
        "nameEn": "Sri Venkateswara Tents",
        "pickupLine": "Plot 3, Balanagar",
        "pickupCity": "Hyderabad",
        "pickupPinCode": "500037",
        "deliveryDistricts": ["Hyderabad"],
        "deliveryFlatPaise": 200_00,
    }
    opening = "mutation($i: ShopStoreInput!) { openShopStore(input: $i) { store { id } " + ERRORS + " } }"

    def opened() -> str | None:  # the marketplace learns the owner's GSTIN and state from an event
        answer = owner.call(opening, {"i": terms})["openShopStore"]
        return str(answer["store"]["id"]) if answer["store"] else None

    store_id: str = owner.wait_for("the store opened", opened)
    approve = "mutation($s: ID!) { setShopStoreStatus(storeId: $s, status: APPROVED) { " + ERRORS + " } }"
    assert admin.call(approve, {"s": store_id})["setShopStoreStatus"]["errors"] == []
    return store_id


def _shamiana(owner: Organizer, store_id: str, tag: str) -> str:
    product = {
        "storeId": store_id,
        "categoryId": "tents",
        "titleEn": f"Shamiana 20x40 {tag}",
        "hsn": "6306",
        "gstRate": "12",
        "variants": [{"sku": f"SH-{tag}", "label": "Red", "pricePaise": 15_000_00, "stock": 2}],
    }
    save = (
        "mutation($i: ShopProductInput!) { saveShopProduct(input: $i) { product { variants { id } } "
        + ERRORS
        + " } }"
    )
    saved = owner.call(save, {"i": product})["saveShopProduct"]
    assert saved["errors"] == [], saved
    return str(saved["product"]["variants"][0]["id"])


def _ordered(buyer: Organizer, variant_id: str) -> dict[str, Any]:
    put = "mutation($v: ID!) { setShopCartQuantity(variantId: $v, quantity: 1) { " + ERRORS + " } }"
    assert buyer.call(put, {"v": variant_id})["setShopCartQuantity"]["errors"] == []
    checkout = (
        "mutation($i: ShopCheckoutInput!) { checkOutShopCart(input: $i) {"
        " orders { id taxablePaise cgstPaise sgstPaise igstPaise totalPaise } " + ERRORS + " } }"
    )
    address = {
        "name": "Padma Rao",
        "phone": "9848022338",
        "line": "8-2-293, Road 12",
        "city": "Hyderabad",
        "pinCode": "500034",
        "paymentMode": "COD",
    }
    placed = buyer.call(checkout, {"i": address})["checkOutShopCart"]
    assert placed["errors"] == [], placed
    (order,) = placed["orders"]
    return dict(order)


def test_a_shipped_order_gets_the_store_owners_tax_invoice(platform_stack: RunningPlatform) -> None:
    tag = secrets.token_hex(3)
    admin_email = f"seller-admin-{tag}@example.in"
    create_super_admin(platform_stack, admin_email)
    admin = _signed_in(platform_stack, admin_email)
    owner = _store_owner(platform_stack, tag)
    with_business_facts(owner, "Sri Venkateswara Tents")
    variant = _shamiana(owner, _approved_store(owner, admin), tag.upper())
    buyer_email = f"seller-buyer-{tag}@example.in"
    register_user_through_gateway(platform_stack, "Padma Rao", buyer_email)
    order = _ordered(_signed_in(platform_stack, buyer_email), variant)

    move = (
        "mutation($o: ID!, $a: ShopOrderAction!) { moveShopOrder(orderId: $o, action: $a) { "
        + ERRORS
        + " } }"
    )
    for action in ("ACCEPT", "PACK", "SHIP"):
        assert owner.call(move, {"o": order["id"], "a": action})["moveShopOrder"]["errors"] == [], action

    documents = (
        "{ billingDocuments(kind: INVOICE) { id number title status recipientName"
        " taxablePaise cgstPaise sgstPaise igstPaise totalPaise } }"
    )
    named = f"Marketplace order {order['id'][:8].upper()}"

    def invoiced() -> dict[str, Any] | None:
        found = owner.call(documents, {})["billingDocuments"]
        return next((d for d in found if d["recipientName"] == named), None)

    invoice = owner.wait_for("the seller's tax invoice", invoiced)
    assert (invoice["status"], invoice["title"]) == ("ISSUED", "Tax Invoice")
    assert invoice["number"].startswith("INV/")
    money = ("taxablePaise", "cgstPaise", "sgstPaise", "igstPaise", "totalPaise")
    assert [invoice[k] for k in money] == [order[k] for k in money]

    link = owner.call(
        'mutation($id: ID!) { billingDocumentPdf(id: $id, language: "en") { url ' + ERRORS + " } }",
        {"id": invoice["id"]},
    )["billingDocumentPdf"]
    pdf = httpx.get(link["url"], timeout=60)
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF-")
