"""The shop's GraphQL documents (services/marketplace/schema.graphql); each is checked against the
committed SDL by app/tests/test_operations.py."""

SUBGRAPH = "marketplace"

MARKET_ERRORS = "errors { code field message }"
VARIANT_FIELDS = "fragment ShopVariantFields on ShopVariant { id sku label pricePaise mrpPaise stock }"
PRODUCT_FIELDS = (
    """
fragment ShopProductFields on ShopProduct {
  id storeId categoryId titleEn titleTe descriptionEn descriptionTe hsn gstRate active minPricePaise
  rating ratingCount inStock variants { ...ShopVariantFields }
}
"""
    + VARIANT_FIELDS
)
STORE_FIELDS = """
fragment ShopStoreFields on ShopStore {
  id nameEn nameTe isPlatform status statusReason pickupCity pickupPinCode deliveryPins
  deliveryDistricts deliveryFlatPaise freeDeliveryAbovePaise returnDays returnPolicy
}
"""
ORDER_FIELDS = """
fragment ShopOrderFields on ShopOrder {
  id storeId status paymentMode paid itemsPaise deliveryPaise cgstPaise sgstPaise igstPaise totalPaise
  reason createdAt deliveryName deliveryPinCode
  lines { id title sku quantity unitPricePaise }
}
"""

CATEGORIES = "query ShopCategories { shopCategories { id parentId nameEn nameTe } }"
SEARCH = (
    "query ShopSearch($input: ShopSearchInput!, $first: Int!, $after: String) {"
    " shopSearch(input: $input, first: $first, after: $after) {"
    " total nextCursor products { ...ShopProductFields } } }" + PRODUCT_FIELDS
)
PRODUCT = "query ShopProduct($id: ID!) { shopProduct(id: $id) { ...ShopProductFields } }" + PRODUCT_FIELDS
STORE = "query ShopStore($id: ID!) { shopStore(id: $id) { ...ShopStoreFields } }" + STORE_FIELDS
MY_STORES = "query MyShopStores { myShopStores { ...ShopStoreFields } }" + STORE_FIELDS
# Super admins manage the platform's own store, which no one owns: it is among the approved stores.
APPROVED_STORES = (
    "query ApprovedShopStores($first: Int!) {"
    " shopStoresToModerate(status: APPROVED, first: $first) { ...ShopStoreFields } }" + STORE_FIELDS
)
STORE_PRODUCTS = (
    "query ShopStoreProducts($storeId: ID!, $first: Int!) {"
    " shopStoreProducts(storeId: $storeId, first: $first) { ...ShopProductFields } }" + PRODUCT_FIELDS
)
CART = (
    "query MyShopCart { myShopCart {"
    " variantId productId storeId sku titleEn titleTe label quantity pricePaise available } }"
)
MY_ORDERS = (
    "query MyShopOrders($first: Int!) { myShopOrders(first: $first) { ...ShopOrderFields } }" + ORDER_FIELDS
)
STORE_ORDERS = (
    "query ShopStoreOrders($storeId: ID!, $first: Int!) {"
    " shopStoreOrders(storeId: $storeId, first: $first) { ...ShopOrderFields } }" + ORDER_FIELDS
)

SET_CART_QUANTITY = (
    "mutation SetShopCartQuantity($variantId: ID!, $quantity: Int!) {"
    f" setShopCartQuantity(variantId: $variantId, quantity: $quantity) {{ done {MARKET_ERRORS} }} }}"
)
CHECK_OUT = (
    "mutation CheckOutShopCart($input: ShopCheckoutInput!) { checkOutShopCart(input: $input) {"
    f" checkoutId totalPaise providerOrderId orders {{ ...ShopOrderFields }} {MARKET_ERRORS} }} }}"
    + ORDER_FIELDS
)
MOVE_ORDER = (
    "mutation MoveShopOrder($orderId: ID!, $action: ShopOrderAction!, $reason: String) {"
    " moveShopOrder(orderId: $orderId, action: $action, reason: $reason) {"
    f" order {{ ...ShopOrderFields }} {MARKET_ERRORS} }} }}" + ORDER_FIELDS
)
OPEN_STORE = (
    "mutation OpenShopStore($input: ShopStoreInput!) { openShopStore(input: $input) {"
    f" store {{ ...ShopStoreFields }} {MARKET_ERRORS} }} }}" + STORE_FIELDS
)
UPDATE_STORE = (
    "mutation UpdateShopStore($storeId: ID!, $input: ShopStoreInput!) {"
    " updateShopStore(storeId: $storeId, input: $input) {"
    f" store {{ ...ShopStoreFields }} {MARKET_ERRORS} }} }}" + STORE_FIELDS
)
SAVE_PRODUCT = (
    "mutation SaveShopProduct($input: ShopProductInput!) { saveShopProduct(input: $input) {"
    f" product {{ ...ShopProductFields }} {MARKET_ERRORS} }} }}" + PRODUCT_FIELDS
)
SET_STOCK = (
    "mutation SetShopVariantStock($variantId: ID!, $stock: Int!) {"
    f" setShopVariantStock(variantId: $variantId, stock: $stock) {{ done {MARKET_ERRORS} }} }}"
)

# Reviews: a product's approved ones, writing one for a delivered line; super admins moderate them.
REVIEW_FIELDS = """
fragment ShopReviewFields on ShopReview {
  id productId productTitleEn productTitleTe rating text createdAt
}
"""
PRODUCT_REVIEWS = (
    "query ShopProductReviews($productId: ID!, $first: Int!) {"
    " shopProductReviews(productId: $productId, first: $first) { ...ShopReviewFields } }" + REVIEW_FIELDS
)
REVIEW_LINE = (
    "mutation ReviewShopOrderLine($orderLineId: ID!, $rating: Int!, $text: String) {"
    " reviewShopOrderLine(orderLineId: $orderLineId, rating: $rating, text: $text) {"
    f" done {MARKET_ERRORS} }} }}"
)
REVIEWS_TO_MODERATE = (
    "query ShopReviewsToModerate($first: Int!) { shopReviewsToModerate(first: $first) {"
    " ...ShopReviewFields } }" + REVIEW_FIELDS
)
MODERATE_REVIEW = (
    "mutation ModerateShopReview($reviewId: ID!, $approve: Boolean!) {"
    f" moderateShopReview(reviewId: $reviewId, approve: $approve) {{ done {MARKET_ERRORS} }} }}"
)
# Super admins approve and suspend stores.
STORES_TO_MODERATE = (
    "query ShopStoresToModerate($status: ShopStoreStatus!, $first: Int!) {"
    " shopStoresToModerate(status: $status, first: $first) { ...ShopStoreFields } }" + STORE_FIELDS
)
SET_STORE_STATUS = (
    "mutation SetShopStoreStatus($storeId: ID!, $status: ShopStoreStatus!, $reason: String) {"
    " setShopStoreStatus(storeId: $storeId, status: $status, reason: $reason) {"
    f" store {{ ...ShopStoreFields }} {MARKET_ERRORS} }} }}" + STORE_FIELDS
)
