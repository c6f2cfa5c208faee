"""Maps the marketplace service's answers to typed results (pure); off-contract answers are
UNEXPECTED_RESPONSE."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import (
    as_list,
    as_object,
    enum_member,
    optional_float,
    optional_int,
    optional_str,
    required_bool,
    required_datetime,
    required_int,
    required_str,
)
from eventxperts_app.api.parsing import parse_errors, payload_of
from eventxperts_app.features.marketplace.models import (
    CartLine,
    Category,
    CheckoutResult,
    DoneResult,
    Order,
    OrderLine,
    OrderResult,
    OrderStatus,
    PaymentMode,
    Product,
    ProductResult,
    Review,
    SearchPage,
    Store,
    StoreResult,
    StoreStatus,
    Variant,
)


def _strings(obj: Mapping[str, object], key: str) -> tuple[str, ...]:
    return tuple(required_str({key: item}, key) for item in as_list(obj.get(key), key))


def parse_category(raw: object) -> Category:
    obj = as_object(raw, "category")
    return Category(
        required_str(obj, "id"),
        optional_str(obj, "parentId"),
        required_str(obj, "nameEn"),
        required_str(obj, "nameTe"),
    )


def parse_categories(data: Mapping[str, object]) -> tuple[Category, ...]:
    return tuple(parse_category(c) for c in as_list(data.get("shopCategories"), "shopCategories"))


def parse_variant(raw: object) -> Variant:
    obj = as_object(raw, "variant")
    return Variant(
        id=required_str(obj, "id"),
        sku=required_str(obj, "sku"),
        label=required_str(obj, "label"),
        price_paise=required_int(obj, "pricePaise"),
        mrp_paise=required_int(obj, "mrpPaise"),
        stock=required_int(obj, "stock"),
    )


def parse_product(raw: object) -> Product:
    obj = as_object(raw, "product")
    return Product(
        id=required_str(obj, "id"),
        store_id=required_str(obj, "storeId"),
        category_id=required_str(obj, "categoryId"),
        title_en=required_str(obj, "titleEn"),
        title_te=optional_str(obj, "titleTe"),
        description_en=optional_str(obj, "descriptionEn"),
        description_te=optional_str(obj, "descriptionTe"),
        hsn=required_str(obj, "hsn"),
        gst_rate=required_str(obj, "gstRate"),
        active=required_bool(obj, "active"),
        min_price_paise=required_int(obj, "minPricePaise"),
        rating=optional_float(obj, "rating"),
        rating_count=required_int(obj, "ratingCount"),
        in_stock=required_bool(obj, "inStock"),
        variants=tuple(parse_variant(v) for v in as_list(obj.get("variants"), "variants")),
    )


def parse_search(data: Mapping[str, object]) -> SearchPage:
    page = as_object(data.get("shopSearch"), "shopSearch")
    return SearchPage(
        products=tuple(parse_product(p) for p in as_list(page.get("products"), "products")),
        total=required_int(page, "total"),
        next_cursor=optional_str(page, "nextCursor"),
    )


def parse_products(data: Mapping[str, object], field: str) -> tuple[Product, ...]:
    return tuple(parse_product(p) for p in as_list(data.get(field), field))


def parse_store(raw: object) -> Store:
    obj = as_object(raw, "store")
    return Store(
        id=required_str(obj, "id"),
        name_en=required_str(obj, "nameEn"),
        name_te=optional_str(obj, "nameTe"),
        is_platform=required_bool(obj, "isPlatform"),
        status=enum_member(StoreStatus, obj.get("status"), "status"),
        status_reason=optional_str(obj, "statusReason"),
        pickup_city=required_str(obj, "pickupCity"),
        pickup_pin_code=required_str(obj, "pickupPinCode"),
        delivery_pins=_strings(obj, "deliveryPins"),
        delivery_districts=_strings(obj, "deliveryDistricts"),
        delivery_flat_paise=required_int(obj, "deliveryFlatPaise"),
        free_delivery_above_paise=optional_int(obj, "freeDeliveryAbovePaise"),
        return_days=required_int(obj, "returnDays"),
        return_policy=optional_str(obj, "returnPolicy"),
    )


def parse_stores(data: Mapping[str, object], field: str) -> tuple[Store, ...]:
    return tuple(parse_store(s) for s in as_list(data.get(field), field))


def parse_cart_line(raw: object) -> CartLine:
    obj = as_object(raw, "cart line")
    return CartLine(
        variant_id=required_str(obj, "variantId"),
        product_id=required_str(obj, "productId"),
        store_id=required_str(obj, "storeId"),
        sku=required_str(obj, "sku"),
        title_en=required_str(obj, "titleEn"),
        title_te=optional_str(obj, "titleTe"),
        label=required_str(obj, "label"),
        quantity=required_int(obj, "quantity"),
        price_paise=required_int(obj, "pricePaise"),
        available=required_bool(obj, "available"),
    )


def parse_cart(data: Mapping[str, object]) -> tuple[CartLine, ...]:
    return tuple(parse_cart_line(line) for line in as_list(data.get("myShopCart"), "myShopCart"))


def parse_order_line(raw: object) -> OrderLine:
    obj = as_object(raw, "order line")
    return OrderLine(
        id=required_str(obj, "id"),
        title=required_str(obj, "title"),
        sku=required_str(obj, "sku"),
        quantity=required_int(obj, "quantity"),
        unit_price_paise=required_int(obj, "unitPricePaise"),
    )


def parse_order(raw: object) -> Order:
    obj = as_object(raw, "order")
    tax = sum(required_int(obj, key) for key in ("cgstPaise", "sgstPaise", "igstPaise"))
    return Order(
        id=required_str(obj, "id"),
        store_id=required_str(obj, "storeId"),
        status=enum_member(OrderStatus, obj.get("status"), "status"),
        payment_mode=enum_member(PaymentMode, obj.get("paymentMode"), "paymentMode"),
        paid=required_bool(obj, "paid"),
        items_paise=required_int(obj, "itemsPaise"),
        delivery_paise=required_int(obj, "deliveryPaise"),
        tax_paise=tax,
        total_paise=required_int(obj, "totalPaise"),
        reason=optional_str(obj, "reason"),
        created_at=required_datetime(obj, "createdAt"),
        delivery_name=optional_str(obj, "deliveryName"),
        delivery_pin_code=optional_str(obj, "deliveryPinCode"),
        lines=tuple(parse_order_line(line) for line in as_list(obj.get("lines"), "lines")),
    )


def parse_orders(data: Mapping[str, object], field: str) -> tuple[Order, ...]:
    return tuple(parse_order(o) for o in as_list(data.get(field), field))


def parse_done_payload(data: Mapping[str, object], field: str) -> DoneResult:
    payload = payload_of(data, field)
    return DoneResult(required_bool(payload, "done"), parse_errors(payload.get("errors")))


def parse_checkout_payload(data: Mapping[str, object]) -> CheckoutResult:
    payload = payload_of(data, "checkOutShopCart")
    return CheckoutResult(
        orders=tuple(parse_order(o) for o in as_list(payload.get("orders"), "orders")),
        total_paise=optional_int(payload, "totalPaise"),
        provider_order_id=optional_str(payload, "providerOrderId"),
        errors=parse_errors(payload.get("errors")),
    )


def parse_order_payload(data: Mapping[str, object]) -> OrderResult:
    payload = payload_of(data, "moveShopOrder")
    order = payload.get("order")
    return OrderResult(None if order is None else parse_order(order), parse_errors(payload.get("errors")))


def parse_store_payload(data: Mapping[str, object], field: str) -> StoreResult:
    payload = payload_of(data, field)
    store = payload.get("store")
    return StoreResult(None if store is None else parse_store(store), parse_errors(payload.get("errors")))


def parse_product_payload(data: Mapping[str, object]) -> ProductResult:
    payload = payload_of(data, "saveShopProduct")
    product = payload.get("product")
    return ProductResult(
        None if product is None else parse_product(product), parse_errors(payload.get("errors"))
    )


def parse_review(raw: object) -> Review:
    obj = as_object(raw, "review")
    return Review(
        id=required_str(obj, "id"),
        product_id=required_str(obj, "productId"),
        product_title_en=required_str(obj, "productTitleEn"),
        product_title_te=optional_str(obj, "productTitleTe"),
        rating=required_int(obj, "rating"),
        text=optional_str(obj, "text"),
        created_at=required_datetime(obj, "createdAt"),
    )


def parse_reviews(data: Mapping[str, object], field: str) -> tuple[Review, ...]:
    return tuple(parse_review(r) for r in as_list(data.get(field), field))
