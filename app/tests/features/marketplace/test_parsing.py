"""Marketplace answers, first checked against the committed SDL with the app's own documents, map to
typed results; an answer off the contract is UNEXPECTED_RESPONSE, never a crash."""

from __future__ import annotations

import pytest
from eventxperts_app.api import GatewayError
from eventxperts_app.features.marketplace import operations
from eventxperts_app.features.marketplace.models import OrderStatus, PaymentMode, StoreStatus
from eventxperts_app.features.marketplace.parsing import (
    parse_cart,
    parse_checkout_payload,
    parse_product,
    parse_search,
    parse_store,
    parse_stores,
)

from .payloads import order_json, product_json, store_json
from .sdl_answers import answered

CHECKOUT = {
    "input": {
        "name": "Padma Rao",
        "phone": "9848022338",
        "line": "Road 12",
        "city": "Hyderabad",
        "pinCode": "500034",
        "paymentMode": "COD",
    }
}


def test_a_search_page_maps_products_with_their_variants_and_the_next_cursor() -> None:
    page = {"products": [product_json()], "total": 21, "nextCursor": "c2", "categories": [], "stores": []}
    data = answered(operations.SEARCH, {"shopSearch": page}, {"input": {"text": "shamiana"}, "first": 20})
    found = parse_search(data)
    assert (found.total, found.next_cursor) == (21, "c2")
    [product] = found.products
    assert (product.title_te, product.min_price_paise, product.rating) == ("షామియానా టెంట్", 1_400_000, 4.5)
    assert [(v.label, v.stock) for v in product.variants] == [("Red", 3), ("White", 0)]


def test_a_checkout_maps_each_stores_order_with_its_tax_summed() -> None:
    payload = {
        "checkoutId": "c-1",
        "totalPaise": 1_680_000,
        "providerOrderId": None,
        "orders": [order_json()],
        "errors": [],
    }
    result = parse_checkout_payload(answered(operations.CHECK_OUT, {"checkOutShopCart": payload}, CHECKOUT))
    [order] = result.orders
    assert (order.status, order.payment_mode, order.tax_paise) == (
        OrderStatus.PLACED,
        PaymentMode.COD,
        180_000,
    )
    assert order.lines[0].quantity == 1
    assert result.errors == ()


def test_a_refused_checkout_answers_typed_errors_and_no_order() -> None:
    payload = {
        "checkoutId": None,
        "totalPaise": None,
        "providerOrderId": None,
        "orders": [],
        "errors": [{"code": "OUT_OF_STOCK", "field": "variantId", "message": "Only 0 left."}],
    }
    result = parse_checkout_payload(answered(operations.CHECK_OUT, {"checkOutShopCart": payload}, CHECKOUT))
    assert result.orders == ()
    assert [e.code for e in result.errors] == ["OUT_OF_STOCK"]


def test_a_store_and_the_cart_map_to_their_types() -> None:
    stores = parse_stores(answered(operations.MY_STORES, {"myShopStores": [store_json()]}), "myShopStores")
    assert stores[0].status is StoreStatus.APPROVED
    assert stores[0].delivery_districts == ("Hyderabad",)
    line = {
        "variantId": "v-1",
        "productId": "p-1",
        "storeId": "s-1",
        "sku": "SHAM-R",
        "titleEn": "Shamiana tent",
        "titleTe": None,
        "label": "Red",
        "quantity": 2,
        "pricePaise": 1_500_000,
        "available": True,
    }
    [cart_line] = parse_cart(answered(operations.CART, {"myShopCart": [line]}))
    assert (cart_line.quantity, cart_line.title_te) == (2, None)


@pytest.mark.parametrize(
    ("parse", "raw"),
    [
        (parse_product, product_json(variants=None)),
        (parse_product, product_json(minPricePaise="cheap")),
        (parse_store, store_json(status="CLOSED")),
    ],
)
def test_an_answer_off_the_contract_is_unexpected_response(parse: object, raw: dict[str, object]) -> None:
    assert callable(parse)
    with pytest.raises(GatewayError) as raised:
        parse(raw)
    assert raised.value.code == "UNEXPECTED_RESPONSE"
