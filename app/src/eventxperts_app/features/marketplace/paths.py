"""Where the shop's screens are, and the arguments a link to one product, used listing or message
thread carries (decision 0033)."""

from eventxperts_app.ui.routes import location

SHOP = "/shop"
SHOP_PRODUCT = "/shop/product"
SHOP_CART = "/shop/cart"
SHOP_ORDERS = "/shop/orders"
MY_STORE = "/shop/store"
PRODUCT_ARGUMENT = "product"  # /shop/product?product=<id> shows that product


def product_location(product_id: str) -> str:
    return location(SHOP_PRODUCT, {PRODUCT_ARGUMENT: product_id})


USED = "/shop/used"
USED_LISTING = "/shop/used/listing"
MY_LISTINGS = "/shop/used/mine"
MESSAGES = "/shop/messages"
MODERATION = "/shop/moderation"
LISTING_ARGUMENT = "listing"  # /shop/used/listing?listing=<id>
THREAD_ARGUMENT = "thread"  # /shop/messages?thread=<id> opens that thread


def listing_location(listing_id: str) -> str:
    return location(USED_LISTING, {LISTING_ARGUMENT: listing_id})


def thread_location(thread_id: str) -> str:
    return location(MESSAGES, {THREAD_ARGUMENT: thread_id})
