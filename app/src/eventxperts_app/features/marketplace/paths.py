"""Where the shop's screens are, and the argument a link to one product carries (decision 0033)."""

from eventxperts_app.ui.routes import location

SHOP = "/shop"
SHOP_PRODUCT = "/shop/product"
SHOP_CART = "/shop/cart"
SHOP_ORDERS = "/shop/orders"
MY_STORE = "/shop/store"
PRODUCT_ARGUMENT = "product"  # /shop/product?product=<id> shows that product


def product_location(product_id: str) -> str:
    return location(SHOP_PRODUCT, {PRODUCT_ARGUMENT: product_id})
