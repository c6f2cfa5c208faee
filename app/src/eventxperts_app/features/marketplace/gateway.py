"""The shop's calls through the gateway, each answered as a typed result."""

from __future__ import annotations

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.marketplace import operations
from eventxperts_app.features.marketplace.models import (
    CartLine,
    Category,
    CheckoutResult,
    DoneResult,
    Order,
    OrderAction,
    OrderResult,
    Product,
    ProductResult,
    Review,
    SearchPage,
    Store,
    StoreResult,
    StoreStatus,
)
from eventxperts_app.features.marketplace.parsing import (
    parse_cart,
    parse_categories,
    parse_checkout_payload,
    parse_done_payload,
    parse_order_payload,
    parse_orders,
    parse_product,
    parse_product_payload,
    parse_products,
    parse_reviews,
    parse_search,
    parse_store,
    parse_store_payload,
    parse_stores,
)

# The marketplace caps a page at 100; a search page shows fewer, so a phone scrolls less.
PAGE = 100
SEARCH_PAGE = 20
REVIEWS = 20  # a product page shows the newest reviews


async def categories(client: GatewayClient, access_token: str) -> tuple[Category, ...]:
    return parse_categories(await client.execute(operations.CATEGORIES, {}, access_token))


async def search(
    client: GatewayClient, search_input: JsonObject, after: str | None, access_token: str
) -> SearchPage:
    variables: JsonObject = {"input": search_input, "first": SEARCH_PAGE, "after": after}
    return parse_search(await client.execute(operations.SEARCH, variables, access_token))


async def product(client: GatewayClient, product_id: str, access_token: str) -> Product:
    data = await client.execute(operations.PRODUCT, {"id": product_id}, access_token)
    return parse_product(data.get("shopProduct"))


async def store(client: GatewayClient, store_id: str, access_token: str) -> Store:
    return parse_store(
        (await client.execute(operations.STORE, {"id": store_id}, access_token)).get("shopStore")
    )


async def managed_stores(client: GatewayClient, platform_too: bool, access_token: str) -> tuple[Store, ...]:
    """The stores someone runs: their own, and for a super admin the platform's own store."""
    own = parse_stores(await client.execute(operations.MY_STORES, {}, access_token), "myShopStores")
    if not platform_too:
        return own
    approved = await client.execute(operations.APPROVED_STORES, {"first": PAGE}, access_token)
    return own + tuple(s for s in parse_stores(approved, "shopStoresToModerate") if s.is_platform)


async def store_products(client: GatewayClient, store_id: str, access_token: str) -> tuple[Product, ...]:
    variables: JsonObject = {"storeId": store_id, "first": PAGE}
    data = await client.execute(operations.STORE_PRODUCTS, variables, access_token)
    return parse_products(data, "shopStoreProducts")


async def cart(client: GatewayClient, access_token: str) -> tuple[CartLine, ...]:
    return parse_cart(await client.execute(operations.CART, {}, access_token))


async def set_cart_quantity(
    client: GatewayClient, variant_id: str, quantity: int, access_token: str
) -> DoneResult:
    variables: JsonObject = {"variantId": variant_id, "quantity": quantity}
    data = await client.execute(operations.SET_CART_QUANTITY, variables, access_token)
    return parse_done_payload(data, "setShopCartQuantity")


async def check_out(client: GatewayClient, checkout_input: JsonObject, access_token: str) -> CheckoutResult:
    return parse_checkout_payload(
        await client.execute(operations.CHECK_OUT, {"input": checkout_input}, access_token)
    )


async def my_orders(client: GatewayClient, access_token: str) -> tuple[Order, ...]:
    return parse_orders(
        await client.execute(operations.MY_ORDERS, {"first": PAGE}, access_token), "myShopOrders"
    )


async def store_orders(client: GatewayClient, store_id: str, access_token: str) -> tuple[Order, ...]:
    variables: JsonObject = {"storeId": store_id, "first": PAGE}
    return parse_orders(
        await client.execute(operations.STORE_ORDERS, variables, access_token), "shopStoreOrders"
    )


async def move_order(
    client: GatewayClient, order_id: str, action: OrderAction, reason: str | None, access_token: str
) -> OrderResult:
    variables: JsonObject = {"orderId": order_id, "action": action.value, "reason": reason}
    return parse_order_payload(await client.execute(operations.MOVE_ORDER, variables, access_token))


async def save_store(
    client: GatewayClient, store_id: str | None, store_input: JsonObject, access_token: str
) -> StoreResult:
    if store_id is None:
        data = await client.execute(operations.OPEN_STORE, {"input": store_input}, access_token)
        return parse_store_payload(data, "openShopStore")
    variables: JsonObject = {"storeId": store_id, "input": store_input}
    return parse_store_payload(
        await client.execute(operations.UPDATE_STORE, variables, access_token), "updateShopStore"
    )


async def save_product(client: GatewayClient, product_input: JsonObject, access_token: str) -> ProductResult:
    data = await client.execute(operations.SAVE_PRODUCT, {"input": product_input}, access_token)
    return parse_product_payload(data)


async def set_stock(client: GatewayClient, variant_id: str, stock: int, access_token: str) -> DoneResult:
    variables: JsonObject = {"variantId": variant_id, "stock": stock}
    return parse_done_payload(
        await client.execute(operations.SET_STOCK, variables, access_token), "setShopVariantStock"
    )


async def product_reviews(client: GatewayClient, product_id: str, access_token: str) -> tuple[Review, ...]:
    variables: JsonObject = {"productId": product_id, "first": REVIEWS}
    data = await client.execute(operations.PRODUCT_REVIEWS, variables, access_token)
    return parse_reviews(data, "shopProductReviews")


async def review_line(
    client: GatewayClient, line_id: str, rating: int, text: str | None, access_token: str
) -> DoneResult:
    variables: JsonObject = {"orderLineId": line_id, "rating": rating, "text": text}
    return parse_done_payload(
        await client.execute(operations.REVIEW_LINE, variables, access_token), "reviewShopOrderLine"
    )


async def reviews_to_moderate(client: GatewayClient, access_token: str) -> tuple[Review, ...]:
    data = await client.execute(operations.REVIEWS_TO_MODERATE, {"first": PAGE}, access_token)
    return parse_reviews(data, "shopReviewsToModerate")


async def moderate_review(
    client: GatewayClient, review_id: str, approve: bool, access_token: str
) -> DoneResult:
    variables: JsonObject = {"reviewId": review_id, "approve": approve}
    return parse_done_payload(
        await client.execute(operations.MODERATE_REVIEW, variables, access_token), "moderateShopReview"
    )


async def stores_to_moderate(
    client: GatewayClient, status: StoreStatus, access_token: str
) -> tuple[Store, ...]:
    variables: JsonObject = {"status": status.value, "first": PAGE}
    data = await client.execute(operations.STORES_TO_MODERATE, variables, access_token)
    return parse_stores(data, "shopStoresToModerate")


async def set_store_status(
    client: GatewayClient, store_id: str, status: StoreStatus, reason: str | None, access_token: str
) -> StoreResult:
    variables: JsonObject = {"storeId": store_id, "status": status.value, "reason": reason}
    data = await client.execute(operations.SET_STORE_STATUS, variables, access_token)
    return parse_store_payload(data, "setShopStoreStatus")
