"""The shop: everyone signed in searches the catalogue (the platform's store and store owners'),
opens a product, fills a cart and checks out, follows their orders and reviews what was delivered;
anyone sells used items and talks with buyers in threads; a store owner (and a super admin, for the
platform's store) runs their store: terms, products with prices and stock, orders. Super admins
moderate stores, used listings and reviews."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.marketplace.cart_screen import CartScreen
from eventxperts_app.features.marketplace.catalogue_screen import CatalogueScreen
from eventxperts_app.features.marketplace.error_texts import MARKETPLACE_ERROR_TEXTS
from eventxperts_app.features.marketplace.moderation_screen import ModerationScreen
from eventxperts_app.features.marketplace.orders_screen import OrdersScreen
from eventxperts_app.features.marketplace.paths import (
    MESSAGES,
    MODERATION,
    MY_LISTINGS,
    MY_STORE,
    SHOP,
    SHOP_CART,
    SHOP_ORDERS,
    SHOP_PRODUCT,
    USED,
    USED_LISTING,
)
from eventxperts_app.features.marketplace.product_screen import ProductScreen
from eventxperts_app.features.marketplace.store_screen import StoreScreen
from eventxperts_app.features.marketplace.used.listing_screen import UsedListingScreen
from eventxperts_app.features.marketplace.used.listings_screen import UsedListingsScreen
from eventxperts_app.features.marketplace.used.my_listings_screen import MyListingsScreen
from eventxperts_app.features.marketplace.used.threads_screen import ThreadsScreen
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
        Route(USED, UsedListingsScreen, N_("Used items")),
        Route(USED_LISTING, UsedListingScreen, N_("Used item")),
        Route(MY_LISTINGS, MyListingsScreen, N_("Your used items")),
        Route(MESSAGES, ThreadsScreen, N_("Messages")),
        Route(MODERATION, ModerationScreen, N_("Moderation")),
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
        HomeCard(
            roles=frozenset(Role),
            title=N_("Used items"),
            body=N_("Buy and sell used event items: shamianas, lights, decorations."),
            icon=ft.Icons.RECYCLING,
            route=USED,
        ),
        HomeCard(
            roles=frozenset({Role.SUPER_ADMIN}),
            title=N_("Moderation"),
            body=N_("Approve stores, used items and reviews."),
            icon=ft.Icons.FACT_CHECK,
            route=MODERATION,
        ),
    ),
    error_texts=MARKETPLACE_ERROR_TEXTS,
)
