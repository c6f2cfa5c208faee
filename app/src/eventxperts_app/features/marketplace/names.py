"""The words the shop shows for the service's codes (order states, payment modes, actions), and a
product's or category's name in the language on screen."""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.features.marketplace.models import (
    CartLine,
    Category,
    OrderAction,
    OrderStatus,
    PaymentMode,
    Product,
    SearchSort,
    StoreStatus,
)
from eventxperts_app.i18n import N_, Translator

ORDER_STATUSES = MappingProxyType(
    {
        OrderStatus.AWAITING_PAYMENT: N_("Waiting for payment"),
        OrderStatus.PAYMENT_EXPIRED: N_("Payment not received in time"),
        OrderStatus.PLACED: N_("Placed"),
        OrderStatus.ACCEPTED: N_("Accepted by the store"),
        OrderStatus.PACKED: N_("Packed"),
        OrderStatus.SHIPPED: N_("Shipped"),
        OrderStatus.DELIVERED: N_("Delivered"),
        OrderStatus.CANCELLED: N_("Cancelled"),
        OrderStatus.RETURN_REQUESTED: N_("Return requested"),
        OrderStatus.RETURNED: N_("Returned"),
        OrderStatus.REFUNDED: N_("Refunded"),
    }
)
PAYMENT_MODES = MappingProxyType(
    {
        PaymentMode.COD: N_("Cash on delivery"),
        PaymentMode.UPI_ON_DELIVERY: N_("UPI on delivery"),
        PaymentMode.ONLINE: N_("Pay online now"),
    }
)
ACTIONS = MappingProxyType(
    {
        OrderAction.ACCEPT: N_("Accept order"),
        OrderAction.PACK: N_("Mark packed"),
        OrderAction.SHIP: N_("Mark shipped"),
        OrderAction.DELIVER: N_("Mark delivered"),
        OrderAction.CANCEL: N_("Cancel order"),
        OrderAction.REQUEST_RETURN: N_("Ask to return"),
        OrderAction.MARK_RETURNED: N_("Mark returned"),
        OrderAction.REFUND: N_("Mark refunded"),
    }
)
STORE_STATUSES = MappingProxyType(
    {
        StoreStatus.PENDING: N_("Waiting for approval"),
        StoreStatus.APPROVED: N_("Approved: selling"),
        StoreStatus.SUSPENDED: N_("Suspended"),
    }
)

# What each side may do next, as the service's order states allow (services/marketplace README).
_BEFORE_SHIPPING = (
    OrderStatus.AWAITING_PAYMENT,
    OrderStatus.PLACED,
    OrderStatus.ACCEPTED,
    OrderStatus.PACKED,
)
STORE_NEXT = MappingProxyType(
    {
        OrderStatus.PLACED: (OrderAction.ACCEPT, OrderAction.CANCEL),
        OrderStatus.ACCEPTED: (OrderAction.PACK, OrderAction.CANCEL),
        OrderStatus.PACKED: (OrderAction.SHIP, OrderAction.CANCEL),
        OrderStatus.SHIPPED: (OrderAction.DELIVER,),
        OrderStatus.RETURN_REQUESTED: (OrderAction.MARK_RETURNED,),
        OrderStatus.RETURNED: (OrderAction.REFUND,),
    }
)
BUYER_NEXT = MappingProxyType(
    {
        **{status: (OrderAction.CANCEL,) for status in _BEFORE_SHIPPING},
        OrderStatus.DELIVERED: (OrderAction.REQUEST_RETURN,),
    }
)


def in_telugu(tr: Translator) -> bool:
    return tr.language.value == "te"


def product_title(tr: Translator, product: Product | CartLine) -> str:
    """The Telugu title when the screen is in Telugu and the seller gave one; else the English."""
    return (product.title_te if in_telugu(tr) else None) or product.title_en


def category_name(tr: Translator, category: Category) -> str:
    return category.name_te if in_telugu(tr) else category.name_en


SORTS = MappingProxyType(
    {
        SearchSort.RELEVANCE: N_("Best match"),
        SearchSort.PRICE_LOW: N_("Price: low to high"),
        SearchSort.PRICE_HIGH: N_("Price: high to low"),
        SearchSort.NEWEST: N_("Newest"),
        SearchSort.RATING: N_("Best rated"),
    }
)
