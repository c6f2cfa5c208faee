"""The shop: everyone signed in searches the catalogue (the platform's store and store owners'),
opens a product, fills a cart and checks out, and follows their orders; a store owner (and a super
admin, for the platform's store) runs their store: terms, products with prices and stock, orders."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.marketplace.cart_screen import CartScreen
from eventxperts_app.features.marketplace.catalogue_screen import CatalogueScreen
from eventxperts_app.features.marketplace.error_texts import MARKETPLACE_ERROR_TEXTS
from eventxperts_app.features.marketplace.orders_screen import OrdersScreen
from eventxperts_app.features.marketplace.paths import MY_STORE, SHOP, SHOP_CART, SHOP_ORDERS, SHOP_PRODUCT
from eventxperts_app.features.marketplace.product_screen import ProductScreen
from eventxperts_app.features.marketplace.store_screen import StoreScreen
from eventxperts_app.i18n import N_
from eventxperts_app.ui.section import HomeCard, NavEntry, Route, Section

STORE_MANAGERS = frozenset({Role.STORE_OWNER, Role.SUPER_ADMIN})

SECTION = Section(
    name="marketplace",
    routes=(
        Route(SHOP, CatalogueScreen, N_("Shop")),
        Route(SHOP_PRODUCT, ProductScreen, N_("Product")),
        Route(SHOP_CART, CartScreen, N_("Your cart")),
        Route(SHOP_ORDERS, OrdersScreen, N_("Your orders")),
        Route(MY_STORE, StoreScreen, N_("My store")),
    ),
    nav=(
        NavEntry(N_("Shop"), ft.Icons.SHOPPING_BAG, SHOP),
        NavEntry(N_("My store"), ft.Icons.STOREFRONT, MY_STORE, STORE_MANAGERS),
    ),
    home_cards=(
        HomeCard(
            roles=frozenset(Role),
            title=N_("Shop"),
            body=N_("Decorations, lighting, pooja items and more from stores near you."),
            icon=ft.Icons.SHOPPING_BAG,
            route=SHOP,
        ),
        HomeCard(
            roles=STORE_MANAGERS,
            title=N_("My store"),
            body=N_("Manage your products and orders here."),
            icon=ft.Icons.STOREFRONT,
            route=MY_STORE,
        ),
    ),
    error_texts=MARKETPLACE_ERROR_TEXTS,
)
