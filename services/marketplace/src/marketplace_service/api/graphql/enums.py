"""The marketplace's enums in the graph, registered once under Shop* names (a bare `PaymentMode`
clashes with billing's in the composed graph). Import them from here, never from the domain."""

from __future__ import annotations

import strawberry

from marketplace_service.domain.vocabulary import OrderAction, OrderStatus, PaymentMode, StoreStatus
from marketplace_service.service_layer.search import SearchSort

strawberry.enum(StoreStatus, name="ShopStoreStatus")
strawberry.enum(OrderStatus, name="ShopOrderStatus")
strawberry.enum(PaymentMode, name="ShopPaymentMode")
strawberry.enum(SearchSort, name="ShopSearchSort")
strawberry.enum(OrderAction, name="ShopOrderAction")

__all__ = ["OrderAction", "OrderStatus", "PaymentMode", "SearchSort", "StoreStatus"]
