"""Every mutation of the marketplace graph x every role (anonymous, user, organizer, store owner,
super admin), on real objects: the store and its product belong to the `store_owner` caller, the
used-item listing to the `user` caller, the order to the `organizer` caller (who bought it).

Each call's outcome is read as one of three: NO_TOKEN (NOT_AUTHENTICATED), REFUSED (FORBIDDEN, or
NOT_FOUND for what is someone else's: ids do not reveal stores, orders or listings) or PASSED (the
policy let the call through; it may still fail on what the input says, like INVALID_TRANSITION).
A mutation added to the schema without a row here fails `test_the_matrix_covers_every_mutation`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from marketplace_service.adapters import tables as t
from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.domain.vocabulary import PaymentMode
from marketplace_service.service_layer import cart, checkout, listing_threads, listings
from servicekit.auth import Caller, Role
from servicekit.testing.service import Callers

from ..integration.scenarios import ADMIN, address, approved_store, listed, used_tent, variant_of

ROLES = ("anonymous", "user", "organizer", "store_owner", "super_admin")
N, R, P = "NO_TOKEN", "REFUSED", "PASSED"


@dataclass(frozen=True)
class World:
    store_id: str
    product_id: str
    variant_id: str
    order_id: str
    order_line_id: str
    listing_id: str
    thread_id: str
    review_id: str


def caller_for(callers: Callers, role: str) -> Caller:
    subject = callers.subjects.setdefault(role, str(uuid.uuid4()))
    return Caller(subject, frozenset({Role.USER, Role(role)}))


async def world(services: MarketplaceServices, callers: Callers) -> World:
    deps = services.deps
    owner, buyer, seller = (caller_for(callers, r) for r in ("store_owner", "organizer", "user"))
    _, store_id = await approved_store(deps, owner)
    product_id = await listed(deps, owner, store_id)
    variant = await variant_of(deps, product_id)
    await cart.set_cart_quantity(deps, buyer, variant.id, 1)
    bought = await checkout.check_out(deps, buyer, checkout.Checkout(address(), PaymentMode.COD))
    order_id = bought.order_ids[0]
    review_id = uuid.uuid4()
    async with deps.unit_of_work() as uow:
        line = (await uow.orders.lines_of([order_id]))[0]
        line_id = line.id
        # A review waiting for moderation (as if the order had been delivered and reviewed).
        await uow.session.execute(
            sa.insert(t.reviews).values(
                id=review_id,
                order_line_id=line_id,
                product_id=line.product_id,
                buyer_id=buyer.user_id,
                rating=4,
                status="pending",
                created_at=datetime.now(UTC),
            )
        )
        await uow.commit()
    listing_id = await listings.create_listing(deps, seller, used_tent())
    await listings.moderate_listing(deps, ADMIN, listing_id, True, None)
    thread_id = await listing_threads.message_seller(deps, buyer, listing_id, "Still there?")
    ids = (store_id, product_id, variant.id, order_id, line_id, listing_id, thread_id, review_id)
    return World(*(str(i) for i in ids))


STORE_INPUT = '{nameEn: "Lakshmi", pickupLine: "12-2-34", pickupCity: "Hyderabad", pickupPinCode: "500028"}'
# mutation -> (its document given the world, the expected outcome per role in ROLES' order)
MATRIX: dict[str, tuple[str, tuple[str, ...]]] = {
    "openShopStore": (f"openShopStore(input: {STORE_INPUT}) {{ errors {{ code }} }}", (N, R, R, P, R)),
    "openPlatformShopStore": (
        f'openPlatformShopStore(input: {STORE_INPUT}, stateCode: "36") {{ errors {{ code }} }}',
        (N, R, R, R, P),
    ),
    "updateShopStore": (
        'updateShopStore(storeId: "{store_id}", input: ' + STORE_INPUT + ") { errors { code } }",
        (N, R, R, P, P),
    ),
    "setShopStoreStatus": (
        'setShopStoreStatus(storeId: "{store_id}", status: APPROVED) { errors { code } }',
        (N, R, R, R, P),
    ),
    "saveShopProduct": (
        'saveShopProduct(input: {storeId: "{store_id}", categoryId: "tents", titleEn: "Tent", hsn: "6306", '
        'gstRate: "12", variants: [{sku: "MTX-1", pricePaise: 1000, stock: 1}]}) { errors { code } }',
        (N, R, R, P, P),
    ),
    "setShopVariantStock": (
        'setShopVariantStock(variantId: "{variant_id}", stock: 4) { errors { code } }',
        (N, R, R, P, P),
    ),
    "setShopCartQuantity": (
        'setShopCartQuantity(variantId: "{variant_id}", quantity: 1) { errors { code } }',
        (N, P, P, P, P),
    ),
    "checkOutShopCart": (
        'checkOutShopCart(input: {name: "Ravi", phone: "9848022338", line: "Ameerpet", city: "Hyderabad", '
        'pinCode: "500001", paymentMode: COD}) { errors { code } }',
        (N, P, P, P, P),
    ),
    "confirmShopPayment": (
        'confirmShopPayment(providerOrderId: "order_x", paymentId: "pay_x", signature: "s") '
        "{ errors { code } }",
        (N, P, P, P, P),
    ),
    "moveShopOrder": (
        'moveShopOrder(orderId: "{order_id}", action: CANCEL) { errors { code } }',
        (N, R, P, P, P),
    ),
    "reviewShopOrderLine": (
        'reviewShopOrderLine(orderLineId: "{order_line_id}", rating: 5) { errors { code } }',
        (N, R, P, R, R),
    ),
    "moderateShopReview": (
        'moderateShopReview(reviewId: "{review_id}", approve: true) { errors { code } }',
        (N, R, R, R, P),
    ),
    "createUsedListing": (
        'createUsedListing(input: {categoryId: "tents", title: "Old tent", condition: GOOD, '
        'pricePaise: 5000, districtId: "Hyderabad"}) { errors { code } }',
        (N, P, P, P, P),
    ),
    "updateUsedListing": (
        'updateUsedListing(listingId: "{listing_id}", input: {categoryId: "tents", title: "Old tent", '
        'condition: GOOD, pricePaise: 5000, districtId: "Hyderabad"}) { errors { code } }',
        (N, P, R, R, R),
    ),
    "moderateUsedListing": (
        'moderateUsedListing(listingId: "{listing_id}", approve: false, reason: "spam") { errors { code } }',
        (N, R, R, R, P),
    ),
    "markUsedListingSold": (
        'markUsedListingSold(listingId: "{listing_id}") { errors { code } }',
        (N, P, R, R, R),
    ),
    "withdrawUsedListing": (
        'withdrawUsedListing(listingId: "{listing_id}") { errors { code } }',
        (N, P, R, R, R),
    ),
    "messageUsedListingSeller": (
        'messageUsedListingSeller(listingId: "{listing_id}", body: "hi") { errors { code } }',
        (N, P, P, P, P),
    ),
    "replyInListingThread": (
        'replyInListingThread(threadId: "{thread_id}", body: "hi") { errors { code } }',
        (N, P, P, R, R),
    ),
    "requestShopProductImageUpload": (
        'requestShopProductImageUpload(productId: "{product_id}") { errors { code } }',
        (N, R, R, P, P),
    ),
    "requestUsedListingPhotoUpload": (
        'requestUsedListingPhotoUpload(listingId: "{listing_id}") { errors { code } }',
        (N, P, R, R, R),
    ),
}


def outcome(errors: list[dict[str, Any]]) -> str:
    codes = {e["code"] for e in errors}
    if "NOT_AUTHENTICATED" in codes:
        return N
    return R if codes & {"FORBIDDEN", "NOT_FOUND"} else P


async def test_the_matrix_covers_every_mutation(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/graphql", json={"query": "{ __schema { mutationType { fields { name } } } }"}
    )
    names = {f["name"] for f in answer.json()["data"]["__schema"]["mutationType"]["fields"]}
    assert names == set(MATRIX)


@pytest.mark.parametrize("mutation", sorted(MATRIX))
async def test_each_role_gets_what_the_policy_says(
    mutation: str, services: MarketplaceServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    made = await world(services, callers)
    document, expected = MATRIX[mutation]
    field = document
    for name, value in vars(made).items():
        field = field.replace("{" + name + "}", value)
    seen = []
    for role in ROLES:
        headers = {} if role == "anonymous" else callers.headers(role)
        answer = (
            await client.post("/graphql", json={"query": f"mutation {{ {field} }}"}, headers=headers)
        ).json()
        assert "errors" not in answer, answer
        seen.append(outcome(answer["data"][mutation]["errors"]))
    assert dict(zip(ROLES, seen, strict=True)) == dict(zip(ROLES, expected, strict=True))
